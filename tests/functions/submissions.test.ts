/** POST /api/practice-submissions and /api/feedback against real Blobs and SMTP servers. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getStore } from '@netlify/blobs';
import practiceSubmissions from '../../functions/practice-submissions';
import feedback from '../../functions/feedback';
import { feedbackRecordSchema } from '../../src/schemas/feedback';
import { practiceSubmissionRecordSchema } from '../../src/schemas/practice-submission';
import { PRIVACY_NOTICE_VERSION } from '../../src/schemas/form-fields';
import { FIXTURE, postForm, postJson, startFunctionsEnv, validFeedback, validPractice, type FunctionsEnv } from '../support/functions-env';

let env: FunctionsEnv;
const waitForMails = async (count: number) => {
  for (let i = 0; i < 100 && env.mails.length < count; i++) await new Promise((r) => setTimeout(r, 20));
};
beforeAll(async () => {
  env = await startFunctionsEnv();
  process.env.RATE_LIMIT_MAX = '1000';
});
afterAll(() => env.close());

describe('POST /api/practice-submissions', () => {
  it('stores the fiche and mails the site contact and the submitter', async () => {
    env.mails.length = 0;
    const res = await practiceSubmissions(postJson('/api/practice-submissions', validPractice));
    expect(res.status).toBe(201);
    const [key] = await env.keys('practice-submissions');
    const record = practiceSubmissionRecordSchema.parse(await getStore('practice-submissions').get(key, { type: 'json' }));
    expect(record.title).toBe('Buddy’s op de fiets');
    await waitForMails(2);
    expect(env.mails.map((m) => m.to[0]).sort()).toEqual([FIXTURE.contactEmail, 'lies@example.org']);
    expect(env.mails.find((m) => m.to[0] === FIXTURE.contactEmail)!.text).toContain('Naam van de praktijk: Buddy’s op de fiets');
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
  it('stores a correction for a known card and mails', async () => {
    env.mails.length = 0;
    const res = await feedback(postForm('/api/feedback', { ...validFeedback, consent: 'ja' }));
    expect(res.status).toBe(303);
    const keys = await env.keys('feedback');
    expect(keys).toHaveLength(1);
    expect(keys[0].startsWith(`${FIXTURE.practice}/`)).toBe(true);
    feedbackRecordSchema.parse(await getStore('feedback').get(keys[0], { type: 'json' }));
    await waitForMails(2);
    expect(env.mails.find((m) => m.to[0] === FIXTURE.contactEmail)!.subject).toBe('Wijziging doorgegeven voor Buddywerking (test)');
  });
  it('refuses an unknown card with a 4xx naming the field, and offers the cards in the form again', async () => {
    const res = await feedback(postForm('/api/feedback', { ...validFeedback, consent: 'ja', practice: 'bestaat-niet' }));
    expect(res.status).toBe(422);
    const page = await res.text();
    expect(page).toContain('Praktijk: kies een praktijk uit de lijst');
    expect(page).toContain(`<option value="${FIXTURE.practice}">Buddywerking (test)</option>`);
  });
});
