/**
 * The built site plus the form and workspace functions on one origin, as on Netlify: /api/* goes to the v2 handlers
 * with a real Request, everything else to the static server (tests/support/static-server.ts).
 */
import { createServer, type IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import type { AddressInfo } from 'node:net';
import { serveStatic } from './static-server';
import signup from '../../functions/signup';
import practiceSubmissions from '../../functions/practice-submissions';
import feedback from '../../functions/feedback';
import workspace from '../../functions/workspace';
import buddyZoeken from '../../functions/buddy-zoeken';
import publicFigures from '../../functions/public-figures';

type Handler = (req: Request, context?: { ip?: string }) => Promise<Response>;
const ROUTES: Record<string, Handler> = {
  '/api/signup': signup,
  '/api/practice-submissions': practiceSubmissions,
  '/api/feedback': feedback,
  '/buddy/zoeken/': buddyZoeken,
};
/** The workspace function answers every path under /coordinator, the public figures every one under /api/cijfers (their config.path). */
const under = (path: string, base: string) => path === base || path.startsWith(`${base}/`);
const handlerFor = (path: string): Handler | undefined =>
  ROUTES[path] ?? (under(path, '/coordinator') ? workspace : under(path, '/api/cijfers') ? publicFigures : undefined);

function toRequest(req: IncomingMessage, origin: string): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
  return new Request(new URL(req.url ?? '/', origin), {
    method: req.method,
    headers,
    body: hasBody ? (Readable.toWeb(req) as ReadableStream) : undefined,
    duplex: 'half',
  } as RequestInit);
}

export async function serveSiteWithFunctions(root: string) {
  const statics = await serveStatic(root);
  let origin = '';
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const handler = handlerFor(path);
    const response = handler
      ? await handler(toRequest(req, origin), { ip: req.socket.remoteAddress })
      : await fetch(`${statics.url}${req.url}`, { redirect: 'manual' });
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      if (name !== 'content-encoding' && name !== 'content-length' && name !== 'transfer-encoding') headers[name] = value;
    });
    res.writeHead(response.status, headers);
    res.end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: origin,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await statics.close();
    },
  };
}
