/** POST /api/practice-submissions and /api/feedback against the embedded database and a real SMTP server. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import practiceSubmissions from '../../functions/practice-submissions';
import feedback from '../../functions/feedback';
import { feedbackSchema } from '../../src/schemas/feedback';
import { practiceSubmissionSchema } from '../../src/schemas/practice-submission';
import { PRIVACY_NOTICE_VERSION } from '../../src/schemas/form-fields';
import { FIXTURE, postForm, postJson, startFunctionsEnv, validFeedback, validPractice, type FunctionsEnv } from '../support/functions-env';

let env: FunctionsEnv;
beforeAll(async () => {
  env = await startFunctionsEnv();
  process.env.RATE_LIMIT_MAX = '1000';
});
afterAll(() => env.close());
beforeEach(() => env.reset());

describe('POST /api/practice-submissions', () => {
  it('stores the fiche, mails it to the site contact and a fixed text to the submitter', async () => {
    const res = await practiceSubmissions(postJson('/api/practice-submissions', validPractice));
    expect(res.status).toBe(201);
    const [record] = await env.records('practice-submission');
    expect(practiceSubmissionSchema.parse({ ...record.data, privacyVersion: record.privacy_version }).title).toBe('Buddy’s op de fiets');
    await env.deliveries();
    expect(env.mails.map((m) => m.to[0]).sort()).toEqual([FIXTURE.contactEmail, 'lies@example.org']);
    expect(env.mails.find((m) => m.to[0] === FIXTURE.contactEmail)!.text).toContain('Naam van de praktijk: Buddy’s op de fiets');
    const toPerson = env.mails.find((m) => m.to[0] === 'lies@example.org')!;
    for (const typed of ['fiets', 'Lies', 'Testgem']) expect(toPerson.text + toPerson.subject).not.toContain(typed);
  });
  it('answers a form post with its confirmation page naming the practice, what happens next and a reference', async () => {
    const res = await practiceSubmissions(postForm('/api/practice-submissions', { ...validPractice, consent: 'ja' } as unknown as Record<string, string>));
    expect(res.status).toBe(200);
    const page = await res.text();
    const [record] = await env.records('practice-submission');
    expect(page).toContain('<h1>Je praktijk is goed aangekomen</h1>');
    expect(page).toContain('Je stuurde de praktijk <strong>Buddy’s op de fiets</strong> (Testgem) in.');
    expect(page).toContain('VVSG bekijkt je praktijk');
    expect(page).toContain(record.reference);
  });
  it('names the fields in Dutch and keeps the values in the form', async () => {
    const res = await practiceSubmissions(postForm('/api/practice-submissions', { title: 'Iets', website: 'javascript:alert(1)', privacyVersion: PRIVACY_NOTICE_VERSION }));
    expect(res.status).toBe(422);
    const page = await res.text();
    for (const message of ['Gemeente of organisatie: vul', 'Beschrijving: beschrijf', 'Website: geef een volledig webadres', 'Naam: vul je naam in', 'E-mailadres: vul je e-mailadres in', 'Toestemming: vink aan']) {
      expect(page).toContain(message);
    }
    expect(page).toContain('value="Iets"');
  });
});

describe('POST /api/feedback', () => {
  it('stores a correction for a known card, mails, and confirms with the card and a reference', async () => {
    const res = await feedback(postForm('/api/feedback', { ...validFeedback, consent: 'ja' } as unknown as Record<string, string>));
    expect(res.status).toBe(200);
    const page = await res.text();
    const records = await env.records('feedback');
    expect(records).toHaveLength(1);
    expect(records[0].programme).toBe(FIXTURE.practice);
    feedbackSchema.parse({ ...records[0].data, privacyVersion: records[0].privacy_version });
    expect(page).toContain('<h1>Je wijziging is goed aangekomen</h1>');
    expect(page).toContain(`<a href="/praktijken/${FIXTURE.practice}/">Buddywerking (test)</a>`);
    expect(page).toContain(records[0].reference);
    await env.deliveries();
    expect(env.mails.find((m) => m.to[0] === FIXTURE.contactEmail)!.subject).toBe(`Wijziging doorgegeven voor Buddywerking (test) (referentie ${records[0].reference})`);
    expect(env.mails.find((m) => m.to[0] === 'tom@example.org')!.text).not.toContain('contactpersoon');
  });
  it('refuses an unknown card with a 4xx naming the field, and offers the cards in the form again', async () => {
    const res = await feedback(postForm('/api/feedback', { ...validFeedback, consent: 'ja', practice: 'bestaat-niet' } as unknown as Record<string, string>));
    expect(res.status).toBe(422);
    const page = await res.text();
    expect(page).toContain('Praktijk: kies een praktijk uit de lijst');
    expect(page).toContain(`<option value="${FIXTURE.practice}">Buddywerking (test)</option>`);
  });
});
