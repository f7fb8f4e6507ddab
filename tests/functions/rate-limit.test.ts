/**
 * The rate limit's window opens at a bucket's first hit: 30 an hour means 30 in the hour after the
 * first, also across hh:00 (the CI run that crossed 17:00 with windows on the clock let a 31st through).
 */
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations, NetlifyDB } from '@netlify/database-dev';
import pg from 'pg';
import { hit } from '../../functions/_shared/rate-limit';
import { executor, MIGRATIONS_DIR, withUser } from '../../scripts/database.mjs';

let engine: NetlifyDB;
let client: pg.Client;
const migrationsBefore = mkdtempSync(join(tmpdir(), 'migrations-'));

beforeAll(async () => {
  engine = new NetlifyDB({ logger: () => {} });
  client = new pg.Client({ connectionString: withUser(await engine.start()) });
  await client.connect();
  // The database as it was before windows opened at the first hit, with a bucket's old windows in it.
  for (const name of readdirSync(MIGRATIONS_DIR).filter((n) => n < '0004')) cpSync(join(MIGRATIONS_DIR, name), join(migrationsBefore, name), { recursive: true });
  await applyMigrations(executor(client), migrationsBefore);
  await client.query(
    `INSERT INTO rate_limits (bucket, window_start, window_end, hits) VALUES
       ('form:old', '2026-11-23T15:00:00Z', '2026-11-23T16:00:00Z', 30),
       ('form:old', '2026-11-23T16:00:00Z', '2026-11-23T17:00:00Z', 4)`,
  );
  expect(await applyMigrations(executor(client), MIGRATIONS_DIR)).toContain('0004_rate_limit_window_from_first_hit');
});
afterAll(async () => {
  await client?.end();
  await engine?.stop();
  rmSync(migrationsBefore, { recursive: true, force: true });
});

const at = (time: string) => new Date(`2026-11-23T${time}Z`);

describe('rate limit', () => {
  it('the migration keeps only the newest window of a bucket', async () => {
    const { rows } = await client.query('SELECT hits, window_start FROM rate_limits WHERE bucket = $1', ['form:old']);
    expect(rows).toEqual([{ hits: 4, window_start: at('16:00:00') }]);
  });

  it('lets 30 through in the hour after the first hit, also across hh:00, and refuses the 31st until that hour ends', async () => {
    const bucket = 'form:reception-centre';
    for (let i = 0; i < 30; i++) expect(await hit(bucket, 30, 3600, at(`16:59:${String(30 + i).padStart(2, '0')}`), client)).toBe(0);
    // 17:00:10: a new clock hour, the same window (opened 16:59:30, closes 17:59:30).
    expect(await hit(bucket, 30, 3600, at('17:00:10'), client)).toBe(3560);
    expect(await hit(bucket, 30, 3600, at('17:59:29'), client)).toBe(1);
    // The first hit after the window closed opens the next one.
    expect(await hit(bucket, 30, 3600, at('17:59:30'), client)).toBe(0);
    const { rows } = await client.query('SELECT hits, window_start, window_end FROM rate_limits WHERE bucket = $1', [bucket]);
    expect(rows).toEqual([{ hits: 1, window_start: at('17:59:30'), window_end: at('18:59:30') }]);
  });

  it('counts each bucket on its own', async () => {
    for (let i = 0; i < 3; i++) await hit('sign-in:a', 3, 3600, at('10:00:00'), client);
    expect(await hit('sign-in:a', 3, 3600, at('10:00:01'), client)).toBeGreaterThan(0);
    expect(await hit('sign-in:b', 3, 3600, at('10:00:01'), client)).toBe(0);
  });
});
