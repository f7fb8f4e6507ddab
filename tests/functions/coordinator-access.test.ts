/**
 * Coordinator endpoints: the access matrix (no credential, wrong, other programme, revoked, admin),
 * token grant/revoke by an administrator, CSV export safe against formula injection, delete, purge.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getStore } from '@netlify/blobs';
import signup from '../../functions/signup';
import signups from '../../functions/signups';
import tokens from '../../functions/coordinator-tokens';
import { purge } from '../../functions/purge-signups';
import { hashToken } from '../../functions/_shared/auth';
import { csvCell } from '../../functions/_shared/csv';
import { FIXTURE, postJson, startFunctionsEnv, validSignup, type FunctionsEnv } from '../support/functions-env';

let env: FunctionsEnv;
const ADMIN = 'admin-token-for-tests-0123456789';
const base = 'http://127.0.0.1:9';
const auth = (token?: string): Record<string, string> => (token ? { authorization: `Bearer ${token}` } : {});
const list = (programme: string, token?: string, extra = '') =>
  signups(new Request(`${base}/api/signups?programme=${encodeURIComponent(programme)}${extra}`, { headers: auth(token) }));
const remove = (programme: string, id: string, token?: string) =>
  signups(new Request(`${base}/api/signups?programme=${encodeURIComponent(programme)}&id=${id}`, { method: 'DELETE', headers: auth(token) }));
async function grant(programme: string, label = 'coördinator (test)') {
  const res = await tokens(new Request(`${base}/api/coordinator-tokens`, { method: 'POST', headers: { ...auth(ADMIN), 'content-type': 'application/json' }, body: JSON.stringify({ programme, label }) }));
  expect(res.status).toBe(201);
  return (await res.json()) as { token: string; id: string };
}

let openToken: { token: string; id: string };
let otherToken: { token: string; id: string };
const ids: string[] = [];

beforeAll(async () => {
  env = await startFunctionsEnv();
  process.env.ADMIN_TOKEN_HASHES = `${'0'.repeat(64)},${hashToken(ADMIN)}`;
  process.env.RATE_LIMIT_MAX = '1000';
  for (const [i, name] of ['=HYPERLINK("http://evil.example","klik")', 'Ann', '+32 snelkoppeling', '@SUM(A1)', '-1+1'].entries()) {
    const res = await signup(postJson('/api/signup', validSignup({ name, interests: i === 1 ? '=1+1' : undefined })));
    ids.push((await res.json()).id);
  }
  await signup(postJson('/api/signup', validSignup({ programme: FIXTURE.openNoCoordinator, name: 'Elders' })));
  openToken = await grant(FIXTURE.open);
  otherToken = await grant(FIXTURE.openNoCoordinator);
});
afterAll(() => env.close());

describe('access matrix for GET and DELETE /api/signups', () => {
  it('no credential: 401', async () => {
    expect((await list(FIXTURE.open)).status).toBe(401);
    expect((await remove(FIXTURE.open, ids[0])).status).toBe(401);
  });
  it('a wrong token: 401', async () => {
    expect((await list(FIXTURE.open, 'bwc_not-a-real-token-at-all')).status).toBe(401);
    expect((await remove(FIXTURE.open, ids[0], 'bwc_not-a-real-token-at-all')).status).toBe(401);
    // A token's hash is not a token.
    expect((await list(FIXTURE.open, hashToken(openToken.token))).status).toBe(401);
  });
  it("another programme's token: 403", async () => {
    expect((await list(FIXTURE.open, otherToken.token)).status).toBe(403);
    expect((await list(FIXTURE.open, otherToken.token, '&format=csv')).status).toBe(403);
    expect((await remove(FIXTURE.open, ids[0], otherToken.token)).status).toBe(403);
  });
  it('the programme coordinator: 200 with only that programme', async () => {
    const res = await list(FIXTURE.open, openToken.token);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.count).toBe(5);
    expect(body.signups.every((s: { programme: string }) => s.programme === FIXTURE.open)).toBe(true);
  });
  it('an administrator: every programme', async () => {
    expect((await (await list(FIXTURE.open, ADMIN)).json()).count).toBe(5);
    expect((await (await list(FIXTURE.openNoCoordinator, ADMIN)).json()).count).toBe(1);
  });
  it('only administrators manage tokens', async () => {
    const asCoordinator = await tokens(new Request(`${base}/api/coordinator-tokens`, { headers: auth(openToken.token) }));
    expect(asCoordinator.status).toBe(403);
    expect((await tokens(new Request(`${base}/api/coordinator-tokens`))).status).toBe(401);
    const listed = await (await tokens(new Request(`${base}/api/coordinator-tokens`, { headers: auth(ADMIN) }))).json();
    expect(listed.tokens.map((t: { id: string }) => t.id).sort()).toEqual([openToken.id, otherToken.id].sort());
    expect(JSON.stringify(listed)).not.toContain(openToken.token);
  });
  it('tokens are stored only as hashes', async () => {
    const keys = await env.keys('coordinator-tokens');
    expect(keys).toContain(hashToken(openToken.token));
    for (const key of keys) {
      const entry = JSON.stringify(await getStore('coordinator-tokens').get(key, { type: 'json' }));
      expect(entry).not.toContain('bwc_');
    }
  });
  it('a revoked token: 401 at once', async () => {
    const temp = await grant(FIXTURE.open, 'tijdelijk');
    expect((await list(FIXTURE.open, temp.token)).status).toBe(200);
    const revoke = await tokens(new Request(`${base}/api/coordinator-tokens?id=${temp.id}`, { method: 'DELETE', headers: auth(ADMIN) }));
    expect(revoke.status).toBe(204);
    expect((await list(FIXTURE.open, temp.token)).status).toBe(401);
    expect((await remove(FIXTURE.open, ids[0], temp.token)).status).toBe(401);
  });
});

describe('CSV export', () => {
  it('is a semicolon CSV whose cells cannot start a formula', async () => {
    const res = await list(FIXTURE.open, openToken.token, '&format=csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect(res.headers.get('content-disposition')).toContain('attachment');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // BOM: Excel reads UTF-8
    const csv = bytes.subarray(3).toString('utf8');
    expect(csv.startsWith('"Ontvangen";"Rol";"Naam"')).toBe(true);
    const cells = csv.trim().split('\r\n').slice(1).flatMap((row) => row.split(';'));
    expect(cells.length).toBeGreaterThan(0);
    for (const cell of cells) {
      expect(cell.startsWith('"') && cell.endsWith('"')).toBe(true);
      expect(cell.slice(1)).not.toMatch(/^[=+\-@\t\r]/);
    }
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""klik"")"`);
    expect(csv).toContain(`"'+32 snelkoppeling"`);
    expect(csv).toContain(`"'@SUM(A1)"`);
    expect(csv).toContain(`"'-1+1"`);
    expect(csv).toContain(`"'=1+1"`);
    expect(csv).toContain('"Buddy (vrijwilliger)"');
  });
  it('quotes and escapes every cell', () => {
    expect(csvCell('a"b;c\nd')).toBe('"a""b;c\nd"');
    expect(csvCell('\tx')).toBe(`"'\tx"`);
    expect(csvCell(undefined)).toBe('""');
    expect(csvCell(true)).toBe('"ja"');
  });
});

describe('deleting and purging', () => {
  it('the coordinator deletes one sign-up', async () => {
    expect((await remove(FIXTURE.open, ids[0], openToken.token)).status).toBe(204);
    expect((await remove(FIXTURE.open, ids[0], openToken.token)).status).toBe(404);
    expect((await (await list(FIXTURE.open, openToken.token)).json()).count).toBe(4);
  });
  it('the daily purge deletes what is older than the retention period, and nothing else', async () => {
    const store = getStore({ name: 'signups', consistency: 'strong' });
    const key = `${FIXTURE.open}/${ids[1]}`;
    const record = (await store.get(key, { type: 'json' })) as Record<string, unknown>;
    await store.setJSON(key, { ...record, createdAt: '2020-01-01T00:00:00.000Z' });
    process.env.SIGNUP_RETENTION_MONTHS = '12';
    const deleted = await purge(new Date());
    expect(deleted.signups).toBe(1);
    expect(await env.keys('signups')).not.toContain(key);
    expect((await (await list(FIXTURE.open, openToken.token)).json()).count).toBe(3);
    // 13 months later everything of today is gone.
    const later = new Date();
    later.setUTCMonth(later.getUTCMonth() + 13);
    await purge(later);
    expect(await env.keys('signups')).toHaveLength(0);
  });
});
