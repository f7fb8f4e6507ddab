/** POST /api/signup against a real Blobs server and a real SMTP server. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readdirSync, readFileSync } from 'node:fs';
import { getStore } from '@netlify/blobs';
import signup from '../../functions/signup';
import { resetRateLimit } from '../../functions/_shared/rate-limit';
import { clearContentCache, siteContent } from '../../functions/_shared/content';
import { contentManifest } from '../../src/lib/site-manifest-build';
import { signupRecordSchema } from '../../src/schemas/signup';
import { FIXTURE, postForm, postJson, post, startFunctionsEnv, validSignup, type FunctionsEnv } from '../support/functions-env';

let env: FunctionsEnv;
const ip = { ip: '203.0.113.7' };
const waitForMails = async (count: number) => {
  for (let i = 0; i < 100 && env.mails.length < count; i++) await new Promise((r) => setTimeout(r, 20));
};
const asForm = (payload: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(payload).map(([k, v]) => [k, v === true ? 'ja' : String(v)]));

beforeAll(async () => {
  env = await startFunctionsEnv();
  process.env.RATE_LIMIT_MAX = '1000';
});
afterAll(() => env.close());
beforeEach(async () => {
  await env.clearStore('signups');
  env.mails.length = 0;
  env.setSmtpFailing(false);
  resetRateLimit();
  process.env.RATE_LIMIT_MAX = '1000';
});

describe('POST /api/signup', () => {
  it('stores a JSON sign-up once, strongly consistent, and mails coordinator and applicant in Dutch', async () => {
    const res = await signup(postJson('/api/signup', validSignup({ idempotencyKey: 'key-12345678' })), ip);
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body).toMatchObject({ ok: true, duplicate: false, mailSent: true });
    const keys = await env.keys('signups');
    expect(keys).toEqual([`${FIXTURE.open}/${body.id}`]);
    const record = await getStore('signups').get(keys[0], { type: 'json' });
    expect(signupRecordSchema.parse(record)).toMatchObject({ name: 'Sara Peeters', role: 'buddy', consent: true });
    expect(Object.keys(record).sort()).toEqual(
      ['availability', 'consent', 'createdAt', 'email', 'id', 'interests', 'languages', 'motivation', 'name', 'phone', 'postalCode', 'privacyVersion', 'programme', 'role'],
    );

    await waitForMails(2);
    const toCoordinator = env.mails.find((m) => m.to.includes(FIXTURE.coordinatorEmail))!;
    const toApplicant = env.mails.find((m) => m.to.includes('sara@example.org'))!;
    expect(toCoordinator.subject).toBe('Nieuwe aanmelding als buddy voor Samen op weg (Testgem)');
    expect(toCoordinator.text).toContain('Dag coördinator');
    expect(toCoordinator.text).toContain('Naam: Sara Peeters');
    expect(toCoordinator.text).toContain('Rol: Buddy (vrijwilliger)');
    expect(toCoordinator.text).toMatch(/^Reply-To: sara@example\.org/m);
    expect(toApplicant.subject).toBe('Bedankt voor je aanmelding bij Samen op weg');
    expect(toApplicant.text).toContain('Dag Sara Peeters');
    expect(toApplicant.text).toContain(`hoogstens 12 maanden`);
    expect(toApplicant.text).toContain(FIXTURE.privacyEmail);
  });

  it('sends to the site contact address when the programme names no coordinator', async () => {
    const res = await signup(postJson('/api/signup', validSignup({ programme: FIXTURE.openNoCoordinator, role: 'newcomer' })), ip);
    expect(res.status).toBe(201);
    await waitForMails(2);
    expect(env.mails.map((m) => m.to[0]).sort()).toEqual([FIXTURE.contactEmail, 'sara@example.org'].sort());
    expect(env.mails.find((m) => m.to[0] === FIXTURE.contactEmail)!.subject).toContain('als nieuwkomer');
  });

  it('stores a retried submission (same idempotency key) once and mails once', async () => {
    const payload = validSignup({ idempotencyKey: 'retry-key-0001' });
    const [a, b] = await Promise.all([signup(postJson('/api/signup', payload), ip), signup(postJson('/api/signup', payload), ip)]);
    const c = await signup(postJson('/api/signup', payload), ip);
    const ids = await Promise.all([a, b, c].map(async (r) => (await r.json()).id));
    expect(new Set(ids).size).toBe(1);
    expect([a.status, b.status, c.status].sort()).toEqual([200, 200, 201]);
    expect(await env.keys('signups')).toHaveLength(1);
    await waitForMails(2);
    await new Promise((r) => setTimeout(r, 200));
    expect(env.mails).toHaveLength(2);
  });

  it('answers a form post with a redirect to the thank-you page and stores it', async () => {
    const res = await signup(postForm('/api/signup', asForm(validSignup({ idempotencyKey: 'form-key-0001' }))), ip);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/aanmelden/bedankt/');
    expect(await env.keys('signups')).toHaveLength(1);
  });

  it('gives the form again with an error summary, Dutch messages naming the field and the typed values', async () => {
    const fields = asForm(validSignup({ email: 'geen-adres', postalCode: '12', name: 'Jan <b>"Pol"</b>' }));
    delete fields.consent;
    const res = await signup(postForm('/api/signup', fields), ip);
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toContain('text/html');
    const page = await res.text();
    expect(page).toContain('Er zijn 3 problemen met het formulier');
    expect(page).toContain('<a href="#signup-email">E-mailadres: geef een geldig e-mailadres');
    expect(page).toContain('<a href="#signup-postalCode">Postcode: geef een Belgische postcode van vier cijfers');
    expect(page).toContain('<a href="#signup-consent">Toestemming: vink aan');
    expect(page).toContain('value="Jan &lt;b&gt;&quot;Pol&quot;&lt;/b&gt;"');
    expect(page).toContain('value="geen-adres"');
    expect(page).toContain('aria-invalid="true"');
    expect(page).toContain('>Woensdagnamiddag</textarea>');
    expect(page).not.toContain('<b>"Pol"</b>');
    expect(await env.keys('signups')).toHaveLength(0);
  });

  it('answers JSON errors with 422 and the field names', async () => {
    const res = await signup(postJson('/api/signup', validSignup({ role: 'koning', email: 42 })), ip);
    expect(res.status).toBe(422);
    const { errors } = await res.json();
    expect(errors.map((e: { field: string }) => e.field)).toEqual(['role', 'email']);
    expect(errors[0].message).toMatch(/^Rol: /);
    expect(errors[1].message).toMatch(/^E-mailadres: /);
  });

  it('refuses an unknown programme and one that takes no sign-ups with a 4xx naming the field', async () => {
    for (const programme of ['onbekend/programma', FIXTURE.closed]) {
      const res = await signup(postJson('/api/signup', validSignup({ programme })), ip);
      expect(res.status).toBe(422);
      const { errors } = await res.json();
      expect(errors).toEqual([{ field: 'programme', message: expect.stringMatching(/^Buddywerking: /) }]);
    }
    expect(await env.keys('signups')).toHaveLength(0);
  });

  it('keeps the sign-up when the mail server fails', async () => {
    env.setSmtpFailing(true);
    const res = await signup(postJson('/api/signup', validSignup()), ip);
    expect(res.status).toBe(201);
    expect((await res.json()).mailSent).toBe(false);
    expect(await env.keys('signups')).toHaveLength(1);
  });

  it('refuses the honeypot and too-fast posts without storing, and shows the form again with the values', async () => {
    const trapped = await signup(postForm('/api/signup', { ...asForm(validSignup()), fax: 'http://spam.example' }), ip);
    expect(trapped.status).toBe(400);
    const page = await trapped.text();
    expect(page).toContain('value="Sara Peeters"');
    expect(page).toContain('klik opnieuw op de knop');
    const fast = await signup(postJson('/api/signup', validSignup({ fillMs: 400 })), ip);
    expect(fast.status).toBe(400);
    expect((await fast.json()).errors[0].field).toBe('fillMs');
    expect(await env.keys('signups')).toHaveLength(0);
    const slowEnough = await signup(postJson('/api/signup', validSignup({ fillMs: 45_000 })), ip);
    expect(slowEnough.status).toBe(201);
  });

  it('limits posts per client with 429, Retry-After and the values kept', async () => {
    process.env.RATE_LIMIT_MAX = '3';
    const client = { ip: '198.51.100.9' };
    for (let i = 0; i < 3; i++) expect((await signup(postJson('/api/signup', validSignup({ name: `Persoon ${i}` })), client)).status).toBe(201);
    const limited = await signup(postForm('/api/signup', asForm(validSignup({ name: 'Persoon 4' }))), client);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    const page = await limited.text();
    expect(page).toContain('value="Persoon 4"');
    expect(page).toContain(FIXTURE.contactEmail);
    expect((await signup(postJson('/api/signup', validSignup({ name: 'Ander' })), { ip: '198.51.100.10' })).status).toBe(201);
  });

  it('refuses a body over the limit with 413, with or without Content-Length', async () => {
    const big = JSON.stringify(validSignup({ motivation: 'x'.repeat(40_000) }));
    const declared = await signup(postJson('/api/signup', JSON.parse(big)), ip);
    expect(declared.status).toBe(413);
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 10; i++) controller.enqueue(new TextEncoder().encode('x'.repeat(8_000)));
        controller.close();
      },
    });
    const streamed = await signup(
      new Request('http://127.0.0.1:9/api/signup', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: stream, duplex: 'half' } as RequestInit),
      ip,
    );
    expect(streamed.status).toBe(413);
    expect(await streamed.text()).toContain('maak de langste teksten korter');
  });

  it('refuses other content types (415) and cross-origin posts (403), accepts same-origin', async () => {
    const multipart = await signup(post('/api/signup', 'x', { 'content-type': 'multipart/form-data; boundary=x' }), ip);
    expect(multipart.status).toBe(415);
    const text = await signup(post('/api/signup', 'x', { 'content-type': 'text/plain' }), ip);
    expect(text.status).toBe(415);
    const cross = await signup(postForm('/api/signup', asForm(validSignup()), { origin: 'https://evil.example' }), ip);
    expect(cross.status).toBe(403);
    expect(await cross.text()).toContain('alleen vanaf deze website');
    const crossFetch = await signup(postJson('/api/signup', validSignup(), { 'sec-fetch-site': 'cross-site' }), ip);
    expect(crossFetch.status).toBe(403);
    expect(await env.keys('signups')).toHaveLength(0);
    const same = await signup(postJson('/api/signup', validSignup(), { origin: 'http://127.0.0.1:9', 'sec-fetch-site': 'same-origin' }), ip);
    expect(same.status).toBe(201);
  });

  it('writes mails to the outbox folder when SMTP is not configured', async () => {
    const host = process.env.SMTP_HOST;
    delete process.env.SMTP_HOST;
    try {
      const res = await signup(postJson('/api/signup', validSignup({ name: 'Outbox Test' })), ip);
      expect(res.status).toBe(201);
      const outbox = process.env.MAIL_OUTBOX_DIR!;
      const files = readdirSync(outbox).filter((f) => f.endsWith('.eml'));
      expect(files).toHaveLength(2);
      const all = files.map((f) => readFileSync(join(outbox, f), 'utf8')).join('\n');
      expect(all).toContain(`To: ${FIXTURE.coordinatorEmail}`);
      expect(all).toContain('To: sara@example.org');
    } finally {
      process.env.SMTP_HOST = host;
    }
  });
});

describe('real content', () => {
  it('has at least one programme that accepts sign-ups', () => {
    const content = contentManifest(join(process.cwd(), 'content'));
    expect(content.programmes.filter((p) => p.acceptsSignups).length).toBeGreaterThan(0);
  });
});
