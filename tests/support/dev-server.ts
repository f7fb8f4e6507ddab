/**
 * `npm run dev` as a person runs it (scripts/dev.mjs: astro dev + decap-server) on spare ports, for
 * browser tests of the CMS and the local functions.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Polls `check` until it returns something other than undefined/false; the error names `what`. */
export async function waitFor<T>(
  what: string,
  check: () => Promise<T | undefined> | T | undefined,
  { timeoutMs = 120_000, log = () => '' }: { timeoutMs?: number; log?: () => string } = {},
): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const result = await check();
      if (result !== undefined && result !== false) return result;
    } catch (error) {
      last = error; // not ready yet
    }
    if (Date.now() > end) {
      throw new Error(`${what} duurde te lang (${String(last)} ${String((last as { cause?: unknown })?.cause ?? '')})\n${log().slice(-2000)}`);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** The environment without vitest's own variables: with VITEST set, Vite inside astro dev never listens. */
export const cleanEnv = () =>
  Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && key !== 'NODE_ENV' && key !== 'TEST'),
  );

export interface DevServer {
  /** http://127.0.0.1:<port> of astro dev. */
  base: string;
  /** Port of decap-server. */
  cmsPort: number;
  log(): string;
  stop(): void;
}

/** Starts scripts/dev.mjs and resolves once the site and decap-server both answer. */
export async function startDevServer(env: Record<string, string> = {}): Promise<DevServer> {
  const [sitePort, cmsPort] = [await freePort(), await freePort()];
  const base = `http://127.0.0.1:${sitePort}`;
  let output = '';
  const child: ChildProcess = spawn(process.execPath, ['scripts/dev.mjs', '--port', String(sitePort), '--host', '127.0.0.1'], {
    env: { ...cleanEnv(), DECAP_SERVER_PORT: String(cmsPort), ...env },
    detached: true,
  });
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const server: DevServer = {
    base,
    cmsPort,
    log: () => output,
    stop() {
      if (!child.pid) return;
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    },
  };
  try {
    await waitFor('astro dev', async () => (await fetch(`${base}/admin/`)).ok || undefined, { log: server.log });
    await waitFor(
      'decap-server',
      async () => {
        const res = await fetch(`http://127.0.0.1:${cmsPort}/api/v1`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ action: 'info' }),
        });
        return ((await res.json()) as { type?: string }).type === 'local_fs' || undefined;
      },
      { log: server.log },
    );
  } catch (error) {
    server.stop();
    throw error;
  }
  return server;
}
