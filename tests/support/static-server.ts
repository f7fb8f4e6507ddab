/**
 * Serves a built site the way Netlify does: the headers of the build's `_headers` file and
 * netlify.toml, read by Netlify's own parser (@netlify/headers-parser), folder index pages, /404.html
 * for unknown paths and the right MIME types (Pagefind needs application/wasm).
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { parseAllHeaders, type Header } from '@netlify/headers-parser';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.txt': 'text/plain; charset=utf-8',
  '.zip': 'application/zip',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.pdf': 'application/pdf',
  '.gif': 'image/gif',
  '.pf_meta': 'application/octet-stream',
};

/** The header rules Netlify would apply for a build in `root`: its _headers file and netlify.toml's. */
export async function netlifyHeaderRules(root: string): Promise<Header[]> {
  const headersFile = join(root, '_headers');
  const { headers, errors } = await parseAllHeaders({
    headersFiles: existsSync(headersFile) ? [headersFile] : [],
    netlifyConfigPath: 'netlify.toml',
    configHeaders: undefined,
    minimal: false,
  });
  if (errors.length) throw new Error(errors.map((e) => e.message).join('\n'));
  return headers as Header[];
}

/**
 * Every matching rule applies, as on Netlify; a header set by several matching rules is sent with all
 * their values joined by ", " (what a browser makes of repeated fields: two CSPs are both enforced).
 * `netlify dev` lets the last rule win instead, so the generated rules avoid overlaps.
 */
export function headersFor(path: string, rules: Header[]): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    if (!rule.forRegExp.test(path)) continue;
    for (const [name, value] of Object.entries(rule.values)) {
      const key = name.toLowerCase();
      headers[key] = key in headers ? `${headers[key]}, ${value}` : value;
    }
  }
  return headers;
}

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

export async function serveStatic(root: string, options: { headers?: boolean } = {}): Promise<StaticServer> {
  const rules = options.headers === false ? [] : await netlifyHeaderRules(root);
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(normalize(root))) {
      res.writeHead(400).end();
      return;
    }
    let status = 200;
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      await stat(file);
    } catch {
      status = 404;
      file = join(root, '404.html');
    }
    try {
      const body = await readFile(file);
      res.writeHead(status, {
        'content-type': MIME[extname(file)] ?? 'application/octet-stream',
        ...headersFor(path, rules),
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Niet gevonden');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
