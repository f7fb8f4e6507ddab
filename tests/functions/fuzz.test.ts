/**
 * Property-based: at least 10,000 generated and hostile payloads per endpoint, as JSON and as form
 * posts, against the database (the PostgreSQL server: the embedded engine writes too slowly for
 * 30,000 posts). Never a 5xx; every rejection a 4xx whose errors name a field (with its Dutch label);
 * every acceptance a stored record that passes the schema, and nothing invalid in the table.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import signup from '../../functions/signup';
import practiceSubmissions from '../../functions/practice-submissions';
import feedback from '../../functions/feedback';
import { signupSchema } from '../../src/schemas/signup';
import { practiceSubmissionSchema } from '../../src/schemas/practice-submission';
import { feedbackSchema } from '../../src/schemas/feedback';
import { fieldsOf } from '../../src/lib/fields';

/** Field name → label, as the schema carries it (every refusal message starts with it). */
const labelsOf = (schema: Parameters<typeof fieldsOf>[0]) => Object.fromEntries(fieldsOf(schema).map((f) => [f.name, f.title]));
import { PRIVACY_NOTICE_VERSION } from '../../src/schemas/form-fields';
import { FIXTURE, postForm, postJson, startFunctionsEnv, validFeedback, validPractice, validSignup, type FunctionsEnv } from '../support/functions-env';

const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
let env: FunctionsEnv;
beforeAll(async () => {
  env = await startFunctionsEnv({ smtp: false, database: 'server' });
  process.env.RATE_LIMIT_MAX = String(RUNS * 10);
});
afterAll(() => env.close());

/** Values people and attackers send: control characters, markup, formulas, huge, wrong types. */
const hostileString = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 50 }) },
  { weight: 4, arbitrary: fc.string({ unit: 'binary', maxLength: 80 }) },
  { weight: 4, arbitrary: fc.constantFrom('', ' ', '\u0000', 'a\r\nBcc: x@example.org', '=HYPERLINK("x")', '<script>alert(1)</script>', '../../etc/passwd', '\u202e', '💥'.repeat(30), 'ja', 'true', PRIVACY_NOTICE_VERSION) },
  { weight: 2, arbitrary: fc.string({ minLength: 200, maxLength: 6000 }) },
  { weight: 1, arbitrary: fc.constant('x'.repeat(40_000)) },
);
const hostileValue = fc.oneof(
  { weight: 5, arbitrary: hostileString },
  { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(fc.string(), { maxLength: 3 }), fc.dictionary(fc.string(), fc.string(), { maxKeys: 2 })) },
);

/** Per field: keep the valid value, replace it with a hostile one, or leave it out; plus stray keys. */
function payloads(valid: Record<string, unknown>) {
  const fields = Object.fromEntries(
    Object.entries(valid).map(([key, value]) => [
      key,
      fc.oneof({ weight: 12, arbitrary: fc.constant(value) }, { weight: 2, arbitrary: hostileValue }, { weight: 1, arbitrary: fc.constant(undefined) }),
    ]),
  );
  return fc.record({
    fields: fc.record(fields),
    extra: fc.dictionary(fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom('__proto__', 'constructor', 'id', 'createdAt', 'fax', 'fillMs', 'idempotencyKey')), hostileValue, { maxKeys: 2 }),
    asForm: fc.boolean(),
    topLevel: fc.oneof({ weight: 12, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.jsonValue() }),
  });
}

const toFormString = (v: unknown) => (v === true ? 'ja' : typeof v === 'string' ? v : JSON.stringify(v) ?? '');
/** A list is sent as ticked boxes send it: the name once per value. */
const toFormValue = (v: unknown) => (Array.isArray(v) ? v.map(toFormString) : toFormString(v));

interface Endpoint {
  name: string;
  path: string;
  handler: (req: Request, context?: { ip?: string }) => Promise<Response>;
  valid: Record<string, unknown>;
  labels: Record<string, string>;
  form: string;
  schema: { parse(v: unknown): unknown; safeParse(v: unknown): { success: boolean } };
}

const endpoints: Endpoint[] = [
  {
    name: 'signup',
    path: '/api/signup',
    handler: signup,
    valid: { ...validSignup(), programme: fc.sample(fc.constantFrom(FIXTURE.open, FIXTURE.openNoCoordinator), 1)[0] },
    labels: labelsOf(signupSchema),
    form: 'signup',
    schema: signupSchema,
  },
  {
    name: 'practice-submissions',
    path: '/api/practice-submissions',
    handler: practiceSubmissions,
    valid: validPractice,
    labels: labelsOf(practiceSubmissionSchema),
    form: 'practice-submission',
    schema: practiceSubmissionSchema,
  },
  {
    name: 'feedback',
    path: '/api/feedback',
    handler: feedback,
    valid: validFeedback,
    labels: labelsOf(feedbackSchema),
    form: 'feedback',
    schema: feedbackSchema,
  },
];

const CONTROL_FIELDS = ['fax', 'fillMs', '_body', '_form'];

describe.each(endpoints)('fuzzing POST $path', (endpoint) => {
  it(`${RUNS} payloads: no 5xx, every refusal a 4xx naming the field, every acceptance a valid stored record`, async () => {
    const tally = { accepted: 0, refused: 0, statuses: {} as Record<number, number> };
    await fc.assert(
      fc.asyncProperty(payloads(endpoint.valid), async ({ fields, extra, asForm, topLevel }) => {
        const payload: Record<string, unknown> = { ...extra, ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) };
        const req =
          topLevel !== undefined
            ? postJson(endpoint.path, topLevel)
            : asForm
              ? postForm(endpoint.path, Object.fromEntries(Object.entries(payload).map(([k, v]) => [k, toFormValue(v)])))
              : postJson(endpoint.path, payload);
        const res = await endpoint.handler(req, { ip: '192.0.2.1' });
        tally.statuses[res.status] = (tally.statuses[res.status] ?? 0) + 1;
        expect(res.status).toBeLessThan(500);
        if (res.status < 400) {
          tally.accepted++;
          let reference: string;
          if (res.status === 200) {
            // A form post: the confirmation page with the record's reference.
            expect(res.headers.get('content-type')).toContain('text/html');
            reference = /class="reference">([^<]+)</.exec(await res.text())![1];
          } else {
            expect(res.status).toBe(201);
            ({ reference } = await res.json());
          }
          const [stored] = await env.db.query<{ data: Record<string, unknown>; privacy_version: string }>(
            'SELECT data, privacy_version FROM submissions WHERE reference = $1 AND form = $2',
            [reference, endpoint.form],
          );
          endpoint.schema.parse({ ...stored.data, privacyVersion: stored.privacy_version });
          return;
        }
        tally.refused++;
        if (asForm && topLevel === undefined) {
          // A form post gets the page again: its summary names each field by its Dutch label.
          const page = await res.text();
          expect(res.headers.get('content-type')).toContain('text/html');
          expect(page).toMatch(/class="error-summary"[^>]*>(<h2[^>]*>[^<]*<\/h2>)?(<ul><li>(<a href="#[\w-]+">)?|<p>)[A-Z][\p{L} -]*: \S/u);
          return;
        }
        const { errors } = await res.json();
        expect(errors.length).toBeGreaterThan(0);
        for (const { field, message } of errors) {
          if (field in endpoint.labels) expect(message.startsWith(`${endpoint.labels[field]}: `)).toBe(true);
          else expect(CONTROL_FIELDS).toContain(field);
          expect(message).toMatch(/^[A-Z][\p{L} -]*: \S/u);
        }
      }),
      { numRuns: RUNS },
    );
    // Nothing invalid in the table, whatever path wrote it.
    const rows = await env.db.query<{ data: Record<string, unknown>; privacy_version: string }>('SELECT data, privacy_version FROM submissions WHERE form = $1', [endpoint.form]);
    const invalid = rows.filter((r) => !endpoint.schema.safeParse({ ...r.data, privacyVersion: r.privacy_version }).success);
    expect(invalid).toEqual([]);
    console.log(`[fuzz] ${endpoint.path}: ${RUNS} payloads, ${tally.accepted} accepted (${rows.length} distinct records, 0 invalid), ${tally.refused} refused; statuses ${JSON.stringify(tally.statuses)}`);
    expect(tally.accepted).toBeGreaterThan(0);
    expect(tally.refused).toBeGreaterThan(0);
  });
});
