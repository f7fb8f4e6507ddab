/**
 * The connection to Netlify Database (Postgres) through `pg`, one small pool per function instance.
 * The address comes from @netlify/database's getConnectionString() (NETLIFY_DB_URL: set by Netlify in
 * production and previews, by @netlify/vite-plugin in `npm run dev`, by the test harness in tests).
 * Only parameterised SQL goes through here.
 */
import { getConnectionString } from '@netlify/database';
import pg from 'pg';

export type Row = Record<string, unknown>;

/** What both the pool and a transaction's client offer. */
export interface Db {
  query<R extends pg.QueryResultRow = Row>(text: string, values?: unknown[]): Promise<pg.QueryResult<R>>;
}

/** The database cannot be reached (down, misconfigured, timed out): the caller answers 503. */
export class DatabaseUnavailable extends Error {}

let pool: pg.Pool | undefined;
let poolUrl: string | undefined;

/** pg needs a user name; the local engine's address has none. */
function withUser(url: string): string {
  const parsed = new URL(url);
  if (!parsed.username) parsed.username = 'postgres';
  return parsed.toString();
}

function currentPool(): pg.Pool {
  let url: string;
  try {
    url = withUser(getConnectionString());
  } catch (error) {
    throw new DatabaseUnavailable(`NETLIFY_DB_URL ontbreekt of is ongeldig (${(error as Error).name})`);
  }
  if (pool && poolUrl === url) return pool;
  void pool?.end().catch(() => {});
  poolUrl = url;
  pool = new pg.Pool({
    connectionString: url,
    // A function instance serves one request at a time; the local engine must get one connection
    // (it shares one session between connections: see README). DB_POOL_MAX raises it for benchmarks.
    max: Number(process.env.DB_POOL_MAX) > 0 ? Number(process.env.DB_POOL_MAX) : 4,
    connectionTimeoutMillis: Number(process.env.DB_CONNECT_TIMEOUT_MS) > 0 ? Number(process.env.DB_CONNECT_TIMEOUT_MS) : 5000,
    idleTimeoutMillis: 10_000,
    allowExitOnIdle: true,
  });
  // An idle client losing its connection must not crash the instance; the next query reconnects.
  pool.on('error', () => {});
  return pool;
}

/** Connection-level failures (as opposed to a constraint or syntax error, which are bugs or bad data). */
function isConnectionError(error: unknown): boolean {
  const e = error as { code?: string; message?: string };
  if (e instanceof DatabaseUnavailable) return true;
  if (typeof e?.code === 'string' && /^(ECONN|ENOTFOUND|ETIMEDOUT|EAI_AGAIN|EPIPE|08|57P0|53)/.test(e.code)) return true;
  return /timeout|terminat|Connection|connect/i.test(e?.message ?? '');
}

function translate(error: unknown): never {
  if (isConnectionError(error)) throw error instanceof DatabaseUnavailable ? error : new DatabaseUnavailable((error as Error).message);
  throw error;
}

export const db: Db = {
  async query<R extends pg.QueryResultRow = Row>(text: string, values?: unknown[]) {
    try {
      return await currentPool().query<R>(text, values as unknown[]);
    } catch (error) {
      translate(error);
    }
  },
};

/** Runs `work` in one transaction on one connection: all of it is committed, or none of it. */
export async function transaction<T>(work: (tx: Db) => Promise<T>): Promise<T> {
  let client: pg.PoolClient;
  try {
    client = await currentPool().connect();
  } catch (error) {
    translate(error);
  }
  let broken = false;
  // A connection lost between two statements is reported as an event; the next query fails with it.
  const lost = () => {
    broken = true;
  };
  client.on('error', lost);
  try {
    await client.query('BEGIN');
    const result = await work(client as Db);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    broken = isConnectionError(error);
    await client.query('ROLLBACK').catch(() => {
      broken = true;
    });
    translate(error);
  } finally {
    client.off('error', lost);
    client.release(broken);
  }
}

/** Closes the pool (tests, benchmarks, the dev seeding script). */
export async function closeDatabase(): Promise<void> {
  const current = pool;
  pool = undefined;
  poolUrl = undefined;
  await current?.end();
}
