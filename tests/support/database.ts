/**
 * Databases for tests: the embedded engine of @netlify/database-dev (as `npm run dev` uses it) and a
 * real PostgreSQL 15 server (Debian's postgresql package) started in a temporary folder. Both get the
 * project's migrations with the same runner Netlify's local tooling uses.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NetlifyDB } from '@netlify/database-dev';
import pg from 'pg';
import { migrate } from '../../scripts/database.mjs';
import { freePort } from './dev-server';

export const PG_BIN = '/usr/lib/postgresql/15/bin';
export { migrate };

export interface TestDatabase {
  url: string;
  /** Runs SQL on a connection of its own (test assertions). */
  query<T extends pg.QueryResultRow = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Empties every table the site writes. */
  truncate(): Promise<void>;
  stop(): Promise<void>;
}

const TABLES =
  'submissions, people, programme_access, sign_in_links, sessions, rate_limits, audit_log, mail_queue, ' +
  'flow_people, flow_status_changes, duos, evaluation_links, evaluations, rejected_pairs, programme_settings, public_figures, scheduled_runs';

function helpers(url: string, stop: () => Promise<void>): TestDatabase {
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  pool.on('error', () => {}); // the server may be stopped on purpose
  return {
    url,
    query: async (sql, params) => (await pool.query(sql, params)).rows,
    truncate: async () => {
      await pool.query(`TRUNCATE ${TABLES} RESTART IDENTITY CASCADE`);
    },
    stop: async () => {
      await pool.end();
      await stop();
    },
  };
}

/** The embedded engine (PGlite behind the Postgres wire protocol), in memory, migrated. */
export async function startEmbeddedDatabase(): Promise<TestDatabase> {
  const engine = new NetlifyDB({ logger: () => {} });
  const started = await engine.start();
  const url = started.replace('postgres://', 'postgres://postgres@');
  await migrate(url);
  return helpers(url, () => engine.stop());
}

/** Whether Debian's PostgreSQL server is installed (scripts/system-deps.mjs installs it for npm test). */
export const hasPostgresServer = () => existsSync(join(PG_BIN, 'initdb'));

/**
 * A throwaway PostgreSQL server: initdb in a temporary folder, run as the postgres user (initdb
 * refuses root), on a spare loopback port, trust authentication on loopback only.
 */
export async function startPostgresServer(): Promise<TestDatabase & { halt(): void; resume(): void }> {
  if (!hasPostgresServer()) throw new Error(`PostgreSQL ontbreekt in ${PG_BIN}: run 'node scripts/system-deps.mjs' (apt-get install postgresql)`);
  const dir = mkdtempSync(join(tmpdir(), 'pg-test-'));
  chmodSync(dir, 0o777);
  const data = join(dir, 'data');
  const port = await freePort();
  const asPostgres = (cmd: string, args: string[]) => {
    const isRoot = process.getuid?.() === 0;
    const result = isRoot
      ? spawnSync('runuser', ['-u', 'postgres', '--', join(PG_BIN, cmd), ...args], { encoding: 'utf8' })
      : spawnSync(join(PG_BIN, cmd), args, { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${cmd} mislukte: ${result.stderr || result.stdout}`);
  };
  asPostgres('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
  asPostgres('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-w', '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`, 'start']);
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  await migrate(url);
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    try {
      asPostgres('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  const db = helpers(url, stop);
  return {
    ...db,
    /** Stops the server at once (connections cut), keeping its data. */
    halt: () => asPostgres('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']),
    resume: () => asPostgres('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-w', '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`, 'start']),
  };
}

