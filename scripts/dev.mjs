// `npm run dev`: the site (astro dev, with Netlify's Functions/Blobs emulation) and decap-server, the
// CMS's local backend that reads and writes content/ directly, started and stopped together.
// Extra arguments go to astro dev (e.g. `npm run dev -- --port 4400`); DECAP_SERVER_PORT moves the
// CMS backend off 8081 (the admin page is told the same port).
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const bin = (name) => join(process.cwd(), 'node_modules', '.bin', name);
const port = process.env.DECAP_SERVER_PORT ?? '8081';
// The manifest the functions read (src/lib/site-manifest.ts): development writes its own, so it never
// overwrites the one `npm run build` wrote beside dist/.
const manifestDir = process.env.SITE_MANIFEST_DIR ?? join(process.cwd(), '.netlify', 'dev-site-manifest');
const env = { ...process.env, PUBLIC_DECAP_SERVER_PORT: port, SITE_MANIFEST_DIR: manifestDir };

const children = [
  spawn(bin('decap-server'), [], { stdio: 'inherit', env: { ...env, PORT: port, MODE: 'fs', BIND_HOST: '127.0.0.1' } }),
  spawn(bin('astro'), ['dev', ...process.argv.slice(2)], { stdio: 'inherit', env }),
];

let stopping = false;
function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  // Give both a moment to close their ports, then leave.
  setTimeout(() => process.exit(code), 1500).unref();
}

for (const child of children) {
  child.on('exit', (code, signal) => {
    if (!stopping) console.error(`[dev] ${child.spawnfile} stopte (${signal ?? code}); alles wordt afgesloten.`);
    stop(code ?? 0);
  });
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => stop(0));
process.on('exit', () => children.forEach((child) => child.exitCode === null && child.kill('SIGTERM')));
