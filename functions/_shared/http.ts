/** Request checks and responses shared by the form endpoints. */

export type BodyKind = 'form' | 'json';

/** The two accepted content types; anything else is 415. */
export function bodyKind(req: Request): BodyKind | undefined {
  const type = (req.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
  if (type === 'application/x-www-form-urlencoded') return 'form';
  if (type === 'application/json') return 'json';
  return undefined;
}

/** Whether the browser wants a page back (a form post) rather than JSON. */
export const wantsHtml = (req: Request, kind: BodyKind | undefined) =>
  kind === 'form' || (kind === undefined && (req.headers.get('accept') ?? '').includes('text/html'));

/**
 * Cross-origin posts are refused: a browser always sends Origin on a cross-origin POST (and
 * Sec-Fetch-Site); requests without either come from non-browser clients and are not CSRF.
 */
export function isCrossOrigin(req: Request, allowed: string[]): boolean {
  const own = new URL(req.url).origin;
  const origin = req.headers.get('origin');
  if (origin && origin !== 'null') return origin !== own && !allowed.includes(origin);
  if (origin === 'null') return true;
  return req.headers.get('sec-fetch-site') === 'cross-site';
}

export class BodyTooLarge extends Error {}

/** Reads the body as text, stopping (413) as soon as it passes the limit, whatever Content-Length says. */
export async function readBody(req: Request, limit: number): Promise<string> {
  const declared = Number(req.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) throw new BodyTooLarge();
  if (!req.body) return '';
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw new BodyTooLarge();
    }
    chunks.push(value);
  }
  return new TextDecoder('utf-8', { fatal: false }).decode(Buffer.concat(chunks));
}

const NO_STORE = { 'cache-control': 'no-store' };

export const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...NO_STORE, ...headers },
  });

/**
 * The public pages' Content-Security-Policy (netlify.toml's header rules do not reach function
 * responses, so the form pages a function renders set it themselves; a unit test keeps the two equal).
 */
export const PAGE_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

export const html = (status: number, body: string, headers: Record<string, string> = {}) =>
  new Response(body, {
    status,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': PAGE_CSP,
      'x-content-type-options': 'nosniff',
      ...NO_STORE,
      ...headers,
    },
  });

export const redirect = (location: string) => new Response(null, { status: 303, headers: { location, ...NO_STORE } });

/** The client, for the rate limit only: Netlify's context.ip, else its header, else the socket peer. */
export function clientKey(req: Request, context?: { ip?: string }): string {
  return context?.ip || req.headers.get('x-nf-client-connection-ip') || req.headers.get('x-forwarded-for')?.split(',')[0].trim() || 'unknown';
}
