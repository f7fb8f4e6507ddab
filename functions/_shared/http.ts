/** Request checks and responses shared by the form endpoints. */
import { COMMON_HEADERS, DATA_CSP, PUBLIC_CSP } from '../../src/lib/security-headers';

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
  return new TextDecoder('utf-8', { fatal: false }).decode(await readBodyBytes(req, limit));
}

/** Reads the body as bytes (an uploaded file keeps its encoding), with the same limit as readBody. */
export async function readBodyBytes(req: Request, limit: number): Promise<Buffer> {
  const declared = Number(req.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) throw new BodyTooLarge();
  if (!req.body) return Buffer.alloc(0);
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
  return Buffer.concat(chunks);
}

/**
 * Every answer of a function carries the site's security headers (Netlify's header rules do not reach
 * function responses): pages the public policy, data a policy under which nothing runs. Nothing a
 * function answers may be cached.
 */
const SECURITY = (csp: string) => ({ ...COMMON_HEADERS, 'Content-Security-Policy': csp, 'cache-control': 'no-store' });

export const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...SECURITY(DATA_CSP), ...headers },
  });

/** A CSV download (coordinators' exports). */
export const csv = (body: string, headers: Record<string, string> = {}) =>
  new Response(body, { headers: { 'content-type': 'text/csv; charset=utf-8', ...SECURITY(DATA_CSP), ...headers } });

export const html = (status: number, body: string, headers: Record<string, string> = {}) =>
  new Response(body, {
    status,
    headers: { 'content-type': 'text/html; charset=utf-8', ...SECURITY(PUBLIC_CSP), ...headers },
  });

/** A file to download (a coordinator's action plan, a person's data), never cached or indexed. */
export const download = (body: Uint8Array | string, type: string, fileName: string) =>
  new Response(typeof body === 'string' ? body : new Uint8Array(body), {
    headers: { 'content-type': type, ...SECURITY(DATA_CSP), 'content-disposition': `attachment; filename="${fileName}"`, 'x-robots-tag': 'noindex' },
  });

/** Any other answer without a body (204, 405 …). */
export const empty = (status: number, headers: Record<string, string> = {}) =>
  new Response(null, { status, headers: { ...SECURITY(DATA_CSP), ...headers } });

export const redirect = (location: string) => empty(303, { location });

