// The sign-up function (functions/signup.ts) called in-process, as Netlify would, against a real local
// Blobs server and SMTP server (tests/support/functions-env.ts) with its fixture content (CONTENT_DIR).
import { loadTs } from './ts.mjs';

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/**
 * `smtp: true` sends both mails to a local SMTP server, as production does to its relay; `false` writes
 * them to the outbox folder instead, which leaves the function's own cost (parsing, Blobs, rendering).
 */
export async function benchSignup({ smtp = true, levels = [
  { concurrency: 1, requests: 100 },
  { concurrency: 10, requests: 400 },
  { concurrency: 50, requests: 1000 },
] } = {}) {
  const support = await loadTs('tests/support/functions-env.ts');
  const env = await support.startFunctionsEnv({ smtp });
  process.env.RATE_LIMIT_MAX = '1000000';
  const { default: signup } = await loadTs('functions/signup.ts');
  const results = [];
  try {
    for (const { concurrency, requests } of levels) {
      await env.clearStore('signups');
      env.mails.length = 0;
      const latencies = [];
      let next = 0;
      let failed = 0;
      const worker = async () => {
        while (next < requests) {
          const i = next++;
          const request = support.postJson('/api/signup', support.validSignup({ idempotencyKey: `bench-${concurrency}-${i}-${Date.now()}` }));
          const started = process.hrtime.bigint();
          const response = await signup(request, { ip: `198.51.100.${i % 250}` });
          latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
          if (response.status !== 201) failed++;
        }
      };
      const started = process.hrtime.bigint();
      await Promise.all(Array.from({ length: concurrency }, worker));
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      latencies.sort((a, b) => a - b);
      const stored = (await env.keys('signups')).length;
      results.push({
        mail: smtp ? 'smtp' : 'outbox',
        concurrency,
        sent: requests,
        failed,
        stored,
        storedEqualsSent: stored === requests,
        requestsPerSecond: requests / seconds,
        p50: percentile(latencies, 50),
        p95: percentile(latencies, 95),
        p99: percentile(latencies, 99),
      });
    }
  } finally {
    await env.close();
  }
  return results;
}
