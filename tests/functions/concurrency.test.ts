/** 1,000 valid sign-ups, 50 at a time, against the real Blobs server: exactly 1,000 records. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { getStore } from '@netlify/blobs';
import signup from '../../functions/signup';
import { signupRecordSchema } from '../../src/schemas/signup';
import { FIXTURE, postForm, postJson, startFunctionsEnv, validSignup, type FunctionsEnv } from '../support/functions-env';

const TOTAL = 1000;
const PARALLEL = 50;
let env: FunctionsEnv;
beforeAll(async () => {
  env = await startFunctionsEnv({ smtp: false });
  process.env.RATE_LIMIT_MAX = String(TOTAL * 2);
});
afterAll(() => env.close());

it(`stores ${TOTAL} concurrent sign-ups (${PARALLEL} at a time) exactly once each`, async () => {
  const started = performance.now();
  const statuses: number[] = [];
  for (let batch = 0; batch < TOTAL / PARALLEL; batch++) {
    const results = await Promise.all(
      Array.from({ length: PARALLEL }, (_, i) => {
        const n = batch * PARALLEL + i;
        const payload = validSignup({
          name: `Deelnemer ${n}`,
          email: `deelnemer${n}@example.org`,
          programme: n % 2 ? FIXTURE.open : FIXTURE.openNoCoordinator,
          idempotencyKey: `concurrency-${n}`,
        });
        // Half as JSON, half as a form post, from many clients.
        const context = { ip: `10.0.${n % 200}.${n % 7}` };
        return n % 2
          ? signup(postJson('/api/signup', payload), context)
          : signup(postForm('/api/signup', { ...payload, consent: 'ja' } as unknown as Record<string, string>), context);
      }),
    );
    statuses.push(...results.map((r) => r.status));
  }
  const seconds = (performance.now() - started) / 1000;
  expect(statuses.filter((s) => s === 201 || s === 303)).toHaveLength(TOTAL);

  const store = getStore({ name: 'signups', consistency: 'strong' });
  const keys = await env.keys('signups');
  expect(keys).toHaveLength(TOTAL);
  const names = new Set<string>();
  for (const key of keys) {
    const record = signupRecordSchema.parse(await store.get(key, { type: 'json' }));
    names.add(record.name);
  }
  expect(names.size).toBe(TOTAL);
  console.log(`[concurrency] ${TOTAL} sign-ups, ${PARALLEL} at a time: ${keys.length} records, ${names.size} distinct, ${seconds.toFixed(1)} s (${Math.round(TOTAL / seconds)}/s)`);

  // The same 1,000 again (a retry storm): still 1,000 records.
  const again = await Promise.all(
    Array.from({ length: PARALLEL }, (_, n) =>
      signup(postJson('/api/signup', validSignup({ name: `Deelnemer ${2 * n + 1}`, email: `deelnemer${2 * n + 1}@example.org`, programme: FIXTURE.open, idempotencyKey: `concurrency-${2 * n + 1}` })), { ip: '10.9.9.9' }),
    ),
  );
  expect(again.map((r) => r.status)).toEqual(Array(PARALLEL).fill(200));
  expect(await env.keys('signups')).toHaveLength(TOTAL);
});
