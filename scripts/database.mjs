// The project's database chores, shared by `npm run dev` (scripts/dev-database.mjs) and the tests
// (tests/support/database.ts): apply netlify/database/migrations with the runner of Netlify's own local
// tooling (@netlify/database-dev, tracking table netlify.migrations), and seed the development accounts.
import { join } from 'node:path';
import { applyMigrations } from '@netlify/database-dev';
import pg from 'pg';

export const MIGRATIONS_DIR = join(process.cwd(), 'netlify', 'database', 'migrations');

/** The development accounts (README): an administrator and the coordinator of one programme. */
export const DEV_ACCOUNTS = {
  admin: 'beheer@buddywerking.test',
  coordinator: 'coordinator@buddywerking.test',
  programme: 'sint-truiden/samen-op-pad',
};

/** The migration runner's executor on top of one pg client. */
export function executor(client) {
  /** @type {import('@netlify/database-dev').SQLExecutor} */
  const self = {
    exec: (sql) => client.query(sql),
    query: async (sql, params) => ({ rows: (await client.query(sql, params)).rows }),
    transaction: async (fn) => {
      await client.query('BEGIN');
      try {
        const result = await fn(self);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    },
  };
  return self;
}

/** pg needs a user name; the local engine's address has none. */
export function withUser(url) {
  const parsed = new URL(url);
  if (!parsed.username) parsed.username = 'postgres';
  return parsed.toString();
}

/** Applies the migrations not applied yet; returns their names. */
export async function migrate(url) {
  const client = new pg.Client({ connectionString: withUser(url) });
  await client.connect();
  try {
    return await applyMigrations(executor(client), MIGRATIONS_DIR);
  } finally {
    await client.end();
  }
}

/** Adds the development accounts if missing (never used outside `npm run dev`). */
export async function seedDevAccounts(url) {
  const client = new pg.Client({ connectionString: withUser(url) });
  await client.connect();
  try {
    await client.query('INSERT INTO people (email, is_admin) VALUES ($1, true) ON CONFLICT (email) DO UPDATE SET is_admin = true', [DEV_ACCOUNTS.admin]);
    await client.query('INSERT INTO people (email) VALUES ($1) ON CONFLICT (email) DO NOTHING', [DEV_ACCOUNTS.coordinator]);
    await client.query(
      'INSERT INTO programme_access (person_id, programme) SELECT id, $2 FROM people WHERE email = $1 ON CONFLICT DO NOTHING',
      [DEV_ACCOUNTS.coordinator, DEV_ACCOUNTS.programme],
    );
  } finally {
    await client.end();
  }
}
