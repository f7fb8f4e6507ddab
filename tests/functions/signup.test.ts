/** POST /api/signup against the embedded Netlify Database engine and a real SMTP server. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readdirSync, readFileSync } from 'node:fs';
import signup from '../../functions/signup';
import { contentManifest } from '../../src/lib/site-manifest-build';
import { signupSchema } from '../../src/schemas/signup';
import { PRIVACY_NOTICE_VERSION } from '../../src/schemas/form-fields';
import { FIXTURE, postForm, postJson, post, startFunctionsEnv, validNewcomerSignup, validSignup, type FunctionsEnv } from '../support/functions-env';
import { readAllContent } from '../../src/lib/content-files';
import { fill } from '../../src/lib/i18n';
import { translationSchema } from '../../src/schemas/ui-strings';
import { PHONE_DIGITS } from '../../src/schemas/phone-number';
import { DUTCH } from '../../src/lib/i18n';
import { escapeHtml } from '../../src/forms/markup';

let env: FunctionsEnv;
const ip = { ip: '203.0.113.7' };
const asForm = (payload: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(payload).map(([k, v]) => [k, v === true ? 'ja' : Array.isArray(v) ? v.map(String) : String(v)]));
/** The words of a translation, as the site shows them. */
const wordsOf = (tag: string) => {
  const file = readAllContent().translations.find((f) => f.id === tag)!;
  return Object.fromEntries(Object.entries(translationSchema.parse(file.data).strings).map(([k, v]) => [k, v.text])) as Record<string, string>;
};

beforeAll(async () => {
  env = await startFunctionsEnv();
});
afterAll(() => env.close());
beforeEach(async () => {
  await env.reset();
  process.env.RATE_LIMIT_MAX = '1000';
  await env.seedPeople();
});

describe('POST /api/signup', () => {
  it('stores a JSON sign-up with its versions, then mails the coordinator (no personal data) and a fixed text to the person', async () => {
    const res = await signup(postJson('/api/signup', validSignup({ idempotencyKey: 'key-12345678', name: 'Sara <b>Peeters</b>' })), ip);
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body).toEqual({ ok: true, reference: expect.stringMatching(/^BW-[2-9A-Z]{5}-[2-9A-Z]{5}$/) });
    const [record] = await env.records('signup');
    expect(record).toMatchObject({ programme: FIXTURE.open, reference: body.reference, privacy_version: PRIVACY_NOTICE_VERSION });
    expect(signupSchema.parse({ ...record.data, privacyVersion: record.privacy_version })).toMatchObject({ name: 'Sara <b>Peeters</b>', role: 'buddy' });
    expect(record.data).toMatchObject({ languages: ['nl', 'fr'], availability: ['wo-nm', 'za-vm'], formLanguage: 'nl' });

    await env.deliveries();
    expect(env.mails.map((m) => m.to[0]).sort()).toEqual([FIXTURE.coordinatorEmail, 'sara@example.org']);
    const toCoordinator = env.mails.find((m) => m.to.includes(FIXTURE.coordinatorEmail))!;
    const toPerson = env.mails.find((m) => m.to.includes('sara@example.org'))!;
    expect(toCoordinator.subject).toBe('Nieuwe aanmelding als buddy voor Samen op weg (Testgem)');
    expect(toCoordinator.text).toContain(body.reference);
    expect(toCoordinator.text).toContain('/coordinator/aanmeldingen?programme=testgem%2Fsamen-op-weg');
    expect(toPerson.subject).toBe('Je aanmelding bij Samen op weg');
    expect(toPerson.text).toContain('hoogstens 12 maanden');
    for (const mail of env.mails) {
      // Nothing the person typed in either mail (the person's address is not verified).
      for (const typed of ['Sara', 'Peeters', '0471', 'Wandelen', 'Woensdagnamiddag', 'helpen', 'Frans']) expect(mail.text).not.toContain(typed);
      expect(mail.from).toBe('no-reply@buddywerking.test');
    }
  });

  it('notifies the administrators when the programme has no coordinator, and says VVSG answers', async () => {
    const res = await signup(postForm('/api/signup', asForm(validNewcomerSignup({ programme: FIXTURE.openNoCoordinator }))), ip);
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain('Buddy op stap');
    expect(page).toContain('VVSG geeft je aanmelding door');
    await env.deliveries();
    expect(env.mails.map((m) => m.to[0]).sort()).toEqual([FIXTURE.adminEmail, 'sara@example.org']);
    expect(env.mails.find((m) => m.to[0] === FIXTURE.adminEmail)!.subject).toContain('als nieuwkomer');
  });

  it('answers a form post with the confirmation page: programme, who answers, a random reference', async () => {
    const res = await signup(postForm('/api/signup', asForm(validSignup({ idempotencyKey: 'form-key-0001' }))), ip);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    const page = await res.text();
    const [record] = await env.records('signup');
    expect(page).toContain('<h1>Je aanmelding is goed aangekomen</h1>');
    expect(page).toContain('Je meldde je aan als buddy bij <strong>Samen op weg</strong> in Testgem.');
    expect(page).toContain('De coördinator van Samen op weg neemt contact met je op');
    expect(page).toContain(`<strong class="reference">${record.reference}</strong>`);
    expect(page).not.toMatch(/misschien|waarschijnlijk|indien mogelijk/i);
    // References are random, not derived from the data.
    await env.reset();
    await signup(postForm('/api/signup', asForm(validSignup({ idempotencyKey: 'form-key-0001' }))), ip);
    expect((await env.records('signup'))[0].reference).not.toBe(record.reference);
  });

  it('stores a retried submission once, mails once, and answers the retry exactly like the first post', async () => {
    const payload = validSignup({ idempotencyKey: 'retry-key-0001' });
    const [a, b] = await Promise.all([signup(postJson('/api/signup', payload), ip), signup(postJson('/api/signup', payload), ip)]);
    const c = await signup(postJson('/api/signup', payload), ip);
    const bodies = await Promise.all([a, b, c].map((r) => r.json()));
    expect([a.status, b.status, c.status]).toEqual([201, 201, 201]);
    expect(bodies[1]).toEqual(bodies[0]);
    expect(bodies[2]).toEqual(bodies[0]);
    expect(await env.records('signup')).toHaveLength(1);
    await env.deliveries();
    expect(env.mails).toHaveLength(2);
  });

  it('gives the form again with an error summary, Dutch messages naming the field and the typed values', async () => {
    const fields = asForm(validSignup({ email: 'geen-adres', postalCode: '12', name: 'Jan <b>"Pol"</b>' }));
    delete fields.consent;
    const res = await signup(postForm('/api/signup', fields), ip);
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toContain('text/html');
    const page = await res.text();
    expect(page).toContain('Er zijn 3 problemen met het formulier');
    expect(page).toContain('<a href="#signup-email">E-mailadres: schrijf een e-mailadres zoals naam@voorbeeld.be.');
    expect(page).toContain('<a href="#signup-postalCode">Postcode: schrijf de 4 cijfers van je postcode.');
    expect(page).toContain('<a href="#signup-consent">Privacy: vink het vakje aan als je akkoord gaat.');
    // The ticked boxes stay ticked.
    expect(page).toMatch(/id="signup-languages"[^>]*value="nl" checked/);
    expect(page).toMatch(/value="wo-nm" checked/);
    expect(page).toContain('value="Jan &lt;b&gt;&quot;Pol&quot;&lt;/b&gt;"');
    expect(page).toContain('value="geen-adres"');
    expect(page).toContain('aria-invalid="true"');
    expect(page).not.toContain('<b>"Pol"</b>');
    expect(await env.records()).toHaveLength(0);
  });

  it('stores a sign-up made in Arabic with its language and codes, confirms in Arabic (page and mail); the coordinator gets Dutch', async () => {
    const ar = wordsOf('ar');
    const res = await signup(postForm('/api/signup', asForm(validNewcomerSignup({ formLanguage: 'ar', name: 'أمينة' }))), ip);
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toMatch(/<html lang="ar" dir="rtl"/);
    expect(page).toContain(`<h1>${ar.confirm_title}</h1>`);
    expect(page).toContain(ar.confirm_mailSent);
    // "Home" leads back to the way in in Arabic, not to the Dutch home page.
    expect(page).toContain(`<a href="/ar/buddy/">${ar.confirm_home}</a>`);
    const [record] = await env.records('signup');
    expect(record.data).toMatchObject({ role: 'newcomer', formLanguage: 'ar', languages: ['ar', 'fr'], availability: ['wo-nm', 'za-vm'], dutchLevel: 'beetje' });
    expect(record.data).not.toHaveProperty('motivation');
    expect(page).toContain(`<strong class="reference">${record.reference}</strong>`);
    await env.deliveries();
    const toPerson = env.mails.find((m) => m.to.includes('sara@example.org'))!;
    // Names in Latin script keep their order inside the Arabic sentence (isolated).
    const names = { programme: '\u2068Samen op weg\u2069', municipality: '\u2068Testgem\u2069' };
    expect(toPerson.subject).toBe(fill(ar.mail_subject, names));
    expect(toPerson.text).toContain(ar.mail_greeting);
    expect(toPerson.text).toContain(fill(ar.confirm_sentNewcomer, names));
    expect(page).toContain(`<strong>${names.programme}</strong>`);
    expect(toPerson.text).toContain(record.reference);
    expect(toPerson.text).not.toContain('أمينة');
    const toCoordinator = env.mails.find((m) => m.to.includes(FIXTURE.coordinatorEmail))!;
    expect(toCoordinator.subject).toBe('Nieuwe aanmelding als nieuwkomer voor Samen op weg (Testgem)');
    expect(toCoordinator.text).not.toContain('أمينة');
  });

  it('sends no mail to someone who gave only a phone number: the confirmation page says everything', async () => {
    const res = await signup(postForm('/api/signup', asForm(validNewcomerSignup({ email: '', formLanguage: 'uk' }))), ip);
    expect(res.status).toBe(200);
    const uk = wordsOf('uk');
    const page = await res.text();
    const [record] = await env.records('signup');
    expect(record.data).not.toHaveProperty('email');
    expect(record.data.phone).toBe('0471 98 76 54');
    // Reference, what happens next, who calls, and where to ask.
    expect(page).toContain(`<strong class="reference">${record.reference}</strong>`);
    expect(page).toContain(uk.confirm_phoneOnly);
    expect(page).toContain(fill(uk.confirm_nextCoordinator, { programme: 'Samen op weg' }));
    expect(page).toContain(fill(uk.confirm_questions, { email: FIXTURE.contactEmail }));
    expect(page).not.toContain(uk.confirm_mailSent);
    await env.deliveries();
    expect(env.mails.map((m) => m.to[0])).toEqual([FIXTURE.coordinatorEmail]);
  });

  it.each(['ar', 'uk'])('answers a form post in %s with that language\'s messages, each naming its field; nothing typed is lost', async (tag) => {
    const words = wordsOf(tag);
    const fields = asForm(validNewcomerSignup({ formLanguage: tag, email: '', phone: '', postalCode: '38', availability: [], name: 'Олена' }));
    delete fields.consent;
    const res = await signup(postForm('/api/signup', fields), ip);
    expect(res.status).toBe(422);
    const page = await res.text();
    const message = (key: string, field: string) => fill(words[key], { label: words[`field_${field}`] });
    expect(page).toContain(`<a href="#signup-email">${message('error_email_missing', 'email')}</a>`);
    expect(page).toContain(`<a href="#signup-postalCode">${message('error_postalCode_format', 'postalCode')}</a>`);
    expect(page).toContain(`<a href="#signup-availability">${message('error_availability_atLeastOne', 'availability')}</a>`);
    expect(page).toContain(`<a href="#signup-consent">${message('error_consent_choice', 'consent')}</a>`);
    expect(page).toContain(fill(words.form_summaryMany, { count: 4 }));
    expect(page).toContain('value="Олена"');
    expect(page).toMatch(/value="ar" checked/);
    expect(page).toContain(`value="${tag}"`);
    expect(await env.records()).toHaveLength(0);
  });

  it.each(['nl', 'fr', 'prs'])('tells a phone number that is too short or too long apart from one with wrong characters, in %s; the buddy form again in a buddy\'s words', async (tag) => {
    const words = tag === 'nl' ? (DUTCH.strings as unknown as Record<string, string>) : wordsOf(tag);
    const message = (key: string) => fill(words[key], { label: words.field_phone, minDigits: PHONE_DIGITS.min, maxDigits: PHONE_DIGITS.max });
    for (const [phone, key] of [['123', 'error_phone_tooShort'], ['1'.repeat(40), 'error_phone_tooLong'], ['bel me', 'error_phone_format']]) {
      const res = await signup(postForm('/api/signup', asForm(validSignup({ formLanguage: tag, phone }))), ip);
      expect(res.status, phone).toBe(422);
      const page = await res.text();
      expect(page, phone).toContain(`<a href="#signup-phone">${escapeHtml(message(key))}</a>`);
      expect(page, phone).toContain(`value="${phone}"`);
      // The form sent back is the buddy's: its words are about finding a newcomer.
      expect(page, phone).toContain(escapeHtml(words.field_consent_text_buddy));
      expect(page, phone).toContain(escapeHtml(words.field_interests_hint_buddy));
      expect(page, phone).not.toContain(escapeHtml(words.field_consent_text_newcomer));
    }
    expect(message('error_phone_tooShort')).not.toBe(message('error_phone_format'));
    expect(await env.records()).toHaveLength(0);
  });

  it('answers JSON errors with 422 and the field names', async () => {
    const res = await signup(postJson('/api/signup', validSignup({ role: 'koning' })), ip);
    expect(res.status).toBe(422);
    const { errors } = await res.json();
    expect(errors).toEqual([{ field: 'role', message: expect.stringMatching(/^Rol: /) }]);
    const wrong = await (await signup(postJson('/api/signup', validSignup({ email: 42, languages: ['xx'], availability: [] })), ip)).json();
    expect(wrong.errors.map((e: { field: string }) => e.field)).toEqual(['email', 'languages', 'availability']);
    expect(wrong.errors[2].message).toBe('Vrije momenten: kies minstens één moment.');
  });

  it('refuses an unknown programme and one that takes no sign-ups with a 4xx naming the field', async () => {
    for (const programme of ['onbekend/programma', FIXTURE.closed]) {
      const res = await signup(postJson('/api/signup', validSignup({ programme })), ip);
      expect(res.status).toBe(422);
      expect((await res.json()).errors).toEqual([{ field: 'programme', message: expect.stringMatching(/^Buddywerking: /) }]);
    }
    expect(await env.records()).toHaveLength(0);
  });

  it('keeps the sign-up and its mails queued when the mail server refuses', async () => {
    env.setSmtpFailing(true);
    const res = await signup(postJson('/api/signup', validSignup()), ip);
    expect(res.status).toBe(201);
    await env.deliveries();
    expect(await env.records()).toHaveLength(1);
    const queued = await env.db.query<{ attempts: number; sent_at: Date | null; last_error: string }>('SELECT attempts, sent_at, last_error FROM mail_queue');
    expect(queued).toHaveLength(2);
    for (const mail of queued) expect(mail).toMatchObject({ attempts: 1, sent_at: null, last_error: expect.stringContaining('550') });
  });

  it('a form post needs the honeypot field, empty; the fill time applies only when the script measured it', async () => {
    const withoutTrap = await signup(post('/api/signup', new URLSearchParams(Object.entries(asForm(validSignup())).flatMap(([k, v]) => [v].flat().map((one) => [k, one]))).toString(), { 'content-type': 'application/x-www-form-urlencoded' }), ip);
    expect(withoutTrap.status).toBe(400);
    const trapped = await signup(postForm('/api/signup', { ...asForm(validSignup()), fax: 'http://spam.example' }), ip);
    expect(trapped.status).toBe(400);
    const page = await trapped.text();
    expect(page).toContain('value="Sara Peeters"');
    expect(page).toContain('klik opnieuw op de knop');
    const fast = await signup(postForm('/api/signup', { ...asForm(validSignup()), fillMs: '400' }), ip);
    expect(fast.status).toBe(400);
    const fastJson = await signup(postJson('/api/signup', validSignup({ fillMs: 400 })), ip);
    expect((await fastJson.json()).errors[0].field).toBe('fillMs');
    expect(await env.records()).toHaveLength(0);
    // Without JavaScript there is no fill time: not refused for that.
    expect((await signup(postForm('/api/signup', asForm(validSignup({ name: 'Zonder script' }))), ip)).status).toBe(200);
    expect((await signup(postForm('/api/signup', { ...asForm(validSignup({ name: 'Traag' })), fillMs: '45000' }), ip)).status).toBe(200);
    expect(await env.records()).toHaveLength(2);
  });

  it('lets 30 sign-ups an hour from one address through (a reception centre), the 31st gets 429 with the values kept', async () => {
    delete process.env.RATE_LIMIT_MAX;
    const client = { ip: '198.51.100.9' };
    for (let i = 0; i < 30; i++) expect((await signup(postJson('/api/signup', validSignup({ name: `Persoon ${i}` })), client)).status).toBe(201);
    const limited = await signup(postForm('/api/signup', asForm(validSignup({ name: 'Persoon 31' }))), client);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    const page = await limited.text();
    expect(page).toContain('value="Persoon 31"');
    expect(page).toContain(FIXTURE.contactEmail);
    // In the language of the form it came from.
    const inArabic = await signup(postForm('/api/signup', asForm(validSignup({ name: 'Persoon 32', formLanguage: 'ar' }))), client);
    expect(inArabic.status).toBe(429);
    const ar = wordsOf('ar');
    // The message up to the waiting time, which depends on the clock.
    expect(await inArabic.text()).toContain(fill(ar.form_tooMany.split('{minutes}')[0], { label: ar.field_form }));
    expect((await signup(postJson('/api/signup', validSignup({ name: 'Ander' })), { ip: '198.51.100.10' })).status).toBe(201);
    // The limit is kept in the database (shared by every instance) and ignores X-Forwarded-For.
    const spoofed = await signup(postJson('/api/signup', validSignup({ name: 'Vervalst' }), { 'x-forwarded-for': '192.0.2.99' }), client);
    expect(spoofed.status).toBe(429);
    expect((await env.db.query('SELECT bucket FROM rate_limits')).every((r) => !String(r.bucket).includes('198.51'))).toBe(true);
  });

  it('refuses a body over the limit with 413, with or without Content-Length', async () => {
    const declared = await signup(postJson('/api/signup', validSignup({ motivation: 'x'.repeat(40_000) })), ip);
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
  });

  it('refuses other content types (415) and cross-origin posts (403), accepts same-origin', async () => {
    expect((await signup(post('/api/signup', 'x', { 'content-type': 'multipart/form-data; boundary=x' }), ip)).status).toBe(415);
    const cross = await signup(postForm('/api/signup', asForm(validSignup()), { origin: 'https://evil.example' }), ip);
    expect(cross.status).toBe(403);
    expect(await cross.text()).toContain('alleen vanaf deze website');
    expect((await signup(postJson('/api/signup', validSignup(), { 'sec-fetch-site': 'cross-site' }), ip)).status).toBe(403);
    expect(await env.records()).toHaveLength(0);
    expect((await signup(postJson('/api/signup', validSignup(), { origin: 'http://127.0.0.1:9', 'sec-fetch-site': 'same-origin' }), ip)).status).toBe(201);
  });

  it('refuses in the form\'s language before the post is read: the form\'s address carries its language and role', async () => {
    const ar = wordsOf('ar');
    const label = ar.field_form;
    // The address the Arabic newcomer form posts to.
    const action = '/api/signup?formLanguage=ar&role=newcomer';
    const cross = await signup(postForm(action, asForm(validNewcomerSignup({ formLanguage: 'ar' })), { origin: 'https://evil.example' }), ip);
    expect(cross.status).toBe(403);
    const crossPage = await cross.text();
    expect(crossPage).toMatch(/<html[^>]* lang="ar"[^>]* dir="rtl"|<html[^>]* dir="rtl"[^>]* lang="ar"/);
    expect(crossPage).toContain(`<h2>${ar.form_refused}</h2>`);
    // The way in, in Arabic, as a link (the programme is in the post, which is not read).
    const [before, after] = fill(ar.form_otherSite, { label, link: '{link}' }).split('{link}');
    expect(crossPage).toContain(`${before}<a href="/ar/buddy/">/ar/buddy/</a>${after}`);

    const tooLarge = await signup(postForm(action, asForm(validNewcomerSignup({ formLanguage: 'ar', name: 'x'.repeat(40_000) }))), ip);
    expect(tooLarge.status).toBe(413);
    expect(await tooLarge.text()).toContain(fill(ar.form_tooLarge, { label, kb: 32 }));

    const badFormat = await signup(post(action, 'x', { 'content-type': 'multipart/form-data; boundary=x', accept: 'text/html' }), ip);
    expect(badFormat.status).toBe(415);
    expect(await badFormat.text()).toContain(fill(ar.form_badFormat, { label }));
    // JSON gets the same words, as text.
    const json = await signup(postJson('/api/signup?formLanguage=uk&role=buddy', validSignup(), { 'sec-fetch-site': 'cross-site' }), ip);
    expect((await json.json()).errors).toEqual([{ field: '_form', message: fill(wordsOf('uk').form_otherSite, { label: wordsOf('uk').field_form, link: '/uk/buddy/' }) }]);
    expect(await env.records()).toHaveLength(0);
  });

  it('answers 503 with the values kept when the database cannot be reached', async () => {
    const url = process.env.NETLIFY_DB_URL;
    process.env.NETLIFY_DB_URL = 'postgres://postgres@127.0.0.1:9/postgres';
    try {
      const res = await signup(postForm('/api/signup', asForm(validSignup({ name: 'Wacht Even' }))), ip);
      expect(res.status).toBe(503);
      const page = await res.text();
      expect(page).toContain('value="Wacht Even"');
      expect(page).toContain('konden nu niet bewaard worden');
    } finally {
      process.env.NETLIFY_DB_URL = url;
    }
  });
});

describe('mail outside production', () => {
  it('writes mails to the outbox folder and never to the SMTP server', async () => {
    process.env.CONTEXT = 'deploy-preview';
    try {
      const res = await signup(postJson('/api/signup', validSignup({ name: 'Outbox Test' })), ip);
      expect(res.status).toBe(201);
      await env.deliveries();
      expect(env.mails).toHaveLength(0);
      const outbox = process.env.MAIL_OUTBOX_DIR!;
      const all = readdirSync(outbox).filter((f) => f.endsWith('.eml')).map((f) => readFileSync(join(outbox, f), 'utf8')).join('\n');
      expect(all).toContain(`To: ${FIXTURE.coordinatorEmail}`);
      expect(all).toContain('To: sara@example.org');
    } finally {
      process.env.CONTEXT = 'production';
    }
  });

  it('in production without SMTP_FROM: the record is kept, the mail stays queued and the error is loud', async () => {
    const from = process.env.SMTP_FROM;
    delete process.env.SMTP_FROM;
    const errors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void errors.push(args.join(' '));
    try {
      expect((await signup(postJson('/api/signup', validSignup()), ip)).status).toBe(201);
      await env.deliveries();
    } finally {
      console.error = original;
      process.env.SMTP_FROM = from;
    }
    expect(errors.join('\n')).toMatch(/CONFIGURATIEFOUT: SMTP_FROM ontbreekt/);
    const queued = await env.db.query<{ sent_at: Date | null; last_error: string }>('SELECT sent_at, last_error FROM mail_queue');
    expect(queued.map((m) => m.sent_at)).toEqual([null, null]);
    expect(queued[0].last_error).toContain('configuratie');
    expect(env.mails).toHaveLength(0);
  });
});

describe('real content', () => {
  it('has at least one programme that accepts sign-ups', () => {
    const content = contentManifest(join(process.cwd(), 'content'));
    expect(content.programmes.filter((p) => p.acceptsSignups).length).toBeGreaterThan(0);
  });
});
