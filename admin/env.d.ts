/** The identity widget ships without type declarations; admin/cms.ts uses init() only. */
declare module 'netlify-identity-widget' {
  const identity: { init(options?: object): void; on(event: string, cb: (user?: unknown) => void): void };
  export default identity;
}
