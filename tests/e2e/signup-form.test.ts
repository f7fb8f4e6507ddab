/**
 * The sign-up forms in Chromium, on the built site with the real functions behind /api/ (database,
 * SMTP server): the choice between the two roles, bad input shows the error summary in the page's
 * language, keeps the values and moves focus; good input lands on the confirmation page, stores the
 * record and sends the mails. With and without JavaScript, in Dutch, Arabic and Ukrainian, and in
 * Arabic on a phone (mirrored, e-mail and phone left to right).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, withPage as withBrowserPage } from '../support/browser';
import { startBuiltSite, type BuiltSite } from '../support/built-site';
import type { FunctionsEnv } from '../support/functions-env';
import { siteContent } from '../../functions/_shared/content';
import { signupFormUrl, signupUrl } from '../../src/lib/format';
import { fill, isolate, localePath, type Strings } from '../../src/lib/i18n';
import { EMAIL_EXAMPLE } from '../../src/lib/form-messages';
import { PHONE_DIGITS } from '../../src/schemas/phone-number';

let env: FunctionsEnv;
let site: BuiltSite;
let browser: Browser;
let programme: string;
const wordsOf = (tag: string): Strings => siteContent().languages.get(tag)!.strings;

beforeAll(async () => {
  process.env.MIN_FILL_SECONDS = '1';
  site = await startBuiltSite();
  ({ env, browser } = site);
  programme = [...siteContent().programmes.values()].find((p) => p.acceptsSignups)!.id;
});
afterAll(() => site?.close());
beforeEach(async () => {
  await env.reset();
});

const withPage = <T>(options: { javaScriptEnabled?: boolean; width?: number }, use: (page: Page) => Promise<T>) => withBrowserPage(browser, options, use);

/** A message as the page shows it: the language's text with the field's label in that language. */
const message = (t: Strings, key: keyof Strings, field: keyof Strings) => fill(t[key], { label: t[field], example: EMAIL_EXAMPLE });

async function fillBadInput(page: Page) {
  await page.fill('#signup-name', 'Amira <El> "Idrissi"');
  await page.fill('#signup-email', 'amira-at-example');
  await page.fill('#signup-phone', 'bel me');
  await page.fill('#signup-postalCode', '38');
  await page.check('#signup-languages-ar');
  await page.check('#signup-availability-za-vm');
  await page.fill('#signup-interests', 'Koken');
}

async function expectKeptValues(page: Page) {
  expect(await page.inputValue('#signup-name')).toBe('Amira <El> "Idrissi"');
  expect(await page.inputValue('#signup-email')).toBe('amira-at-example');
  expect(await page.isChecked('#signup-languages-ar')).toBe(true);
  expect(await page.isChecked('#signup-availability-za-vm')).toBe(true);
  expect(await page.inputValue('#signup-interests')).toBe('Koken');
}

async function expectErrorState(page: Page, t: Strings) {
  const summary = page.locator('#signup-errors');
  expect(await summary.isVisible()).toBe(true);
  const text = await summary.innerText();
  expect(text).toContain(fill(t.form_summaryMany, { count: 5 }));
  for (const expected of [
    message(t, 'error_email_format', 'field_email'),
    message(t, 'error_phone_format', 'field_phone'),
    message(t, 'error_postalCode_format', 'field_postalCode'),
    message(t, 'error_dutchLevel_choice', 'field_dutchLevel'),
    message(t, 'error_consent_choice', 'field_consent'),
  ]) {
    expect(text).toContain(expected);
  }
  expect(await page.getAttribute('#signup-email', 'aria-invalid')).toBe('true');
  expect(await page.locator('#signup-email-error').innerText()).toContain(message(t, 'error_email_format', 'field_email'));
  expect(await page.title()).toMatch(new RegExp(`^${t.form_error}: `));
  // Focus on the summary, so keyboard and screen reader users start there.
  expect(await page.locator('#signup-errors:focus').count()).toBe(1);
  expect(await summary.locator('a[href="#signup-email"]').count()).toBe(1);
}

async function fixInput(page: Page) {
  await page.fill('#signup-email', 'amira@example.org');
  await page.fill('#signup-phone', '+32 (0)470 12.34.56');
  await page.fill('#signup-postalCode', '3800');
  await page.check('#signup-dutchLevel-eenvoudig');
  await page.check('#signup-consent');
}

describe('the way to the forms', () => {
  it('the programme page offers the two roles, each to its own form in the same language', async () => {
    await withPage({ javaScriptEnabled: false }, async (page) => {
      for (const tag of ['nl', 'ar']) {
        const t = wordsOf(tag);
        await page.goto(site.url + localePath(tag, signupUrl(programme)));
        expect(await page.getByRole('link', { name: t.signup_chooseBuddy }).getAttribute('href')).toBe(localePath(tag, signupFormUrl(programme, 'buddy')));
        expect(await page.getByRole('link', { name: t.signup_chooseNewcomer }).getAttribute('href')).toBe(localePath(tag, signupFormUrl(programme, 'newcomer')));
      }
    });
  });

  it('asks a buddy for motivation and a newcomer for their Dutch, never the other way round; no role question', async () => {
    await withPage({ javaScriptEnabled: false }, async (page) => {
      await page.goto(site.url + signupFormUrl(programme, 'buddy'));
      expect(await page.locator('#signup-motivation').count()).toBe(1);
      expect(await page.locator('[name="dutchLevel"]').count()).toBe(0);
      expect(await page.locator('input[name="role"]').getAttribute('type')).toBe('hidden');
      await page.goto(site.url + signupFormUrl(programme, 'newcomer'));
      expect(await page.locator('#signup-motivation').count()).toBe(0);
      expect(await page.locator('[name="dutchLevel"]').count()).toBe(4);
      // 37 languages, each in the page's language and in its own (marked with its language); 21 day-parts.
      expect(await page.locator('[name="languages"]').count()).toBe(37);
      expect(await page.locator('label[for="signup-languages-ar"] span[lang="ar"]').innerText()).toBe('العربية');
      expect(await page.locator('[name="availability"]').count()).toBe(21);
      expect(await page.locator('.week-grid th[scope="col"]').count()).toBe(4);
    });
  });

  it('filters the languages as you type (with JavaScript); without it the whole list shows', async () => {
    const url = site.url + signupFormUrl(programme, 'newcomer');
    await withPage({ javaScriptEnabled: false }, async (page) => {
      await page.goto(url);
      expect(await page.locator('[data-choice-search]').isVisible()).toBe(false);
      expect(await page.locator('.choice-list li:visible').count()).toBe(37);
    });
    await withPage({}, async (page) => {
      await page.goto(url);
      await page.check('#signup-languages-fr');
      await page.fill('#signup-languages-search', 'arab');
      // Arabic, and the ticked French stays in sight.
      expect(await page.locator('.choice-list li:visible').allInnerTexts()).toEqual([expect.stringContaining('Frans'), expect.stringContaining('Arabisch')]);
      await page.fill('#signup-languages-search', 'klingon');
      expect(await page.locator('[data-no-match]').innerText()).toBe(wordsOf('nl').field_languages_noMatch);
      await page.fill('#signup-languages-search', '');
      expect(await page.locator('.choice-list li:visible').count()).toBe(37);
    });
  });

  it('speaks to a future buddy about finding a newcomer, in every language; to a newcomer about finding a buddy', async () => {
    await withPage({ javaScriptEnabled: false }, async (page) => {
      for (const [tag, { strings: t }] of siteContent().languages) {
        for (const [role, other] of [['buddy', 'newcomer'], ['newcomer', 'buddy']] as const) {
          await page.goto(site.url + localePath(tag, signupFormUrl(programme, role)));
          const shown = await page.locator('main').innerText();
          for (const key of ['signup_requiredNote', 'field_interests_hint', 'field_consent_text', 'privacy_summary'] as const) {
            expect(shown, `${tag} ${role} ${key}`).toContain(t[`${key}_${role}`]);
            expect(shown, `${tag} ${role} ${key}`).not.toContain(t[`${key}_${other}`]);
          }
        }
      }
    });
  });
});

describe.each([true, false])('a phone number on the newcomer form with JavaScript %s', (javaScriptEnabled) => {
  it.each(['nl', 'ar'])('in %s: too few digits, too many and other characters each get their own message, the same with or without the script', async (tag) => {
    const t = wordsOf(tag);
    const said = (key: keyof Strings) => fill(t[key], { label: t.field_phone, minDigits: PHONE_DIGITS.min, maxDigits: PHONE_DIGITS.max });
    await withPage({ javaScriptEnabled }, async (page) => {
      await page.goto(site.url + localePath(tag, signupFormUrl(programme, 'newcomer')));
      const posts: string[] = [];
      page.on('request', (r) => r.method() === 'POST' && posts.push(r.url()));
      for (const [phone, key] of [['123', 'error_phone_tooShort'], ['1'.repeat(40), 'error_phone_tooLong'], ['bel me', 'error_phone_format']] as const) {
        await page.fill('#signup-phone', phone);
        await Promise.all([javaScriptEnabled ? page.waitForSelector('#signup-phone-error') : page.waitForURL((url) => url.pathname === '/api/signup'), page.click('button[type="submit"]')]);
        expect(await page.locator('#signup-phone-error').innerText(), phone).toContain(said(key));
        expect(await page.inputValue('#signup-phone'), phone).toBe(phone);
      }
      // With JavaScript the page's script said it (nothing was sent); without, the function did.
      expect(posts.length).toBe(javaScriptEnabled ? 0 : 3);
    });
    expect(await env.records()).toHaveLength(0);
  });
});

describe.each([true, false])('the newcomer form in Dutch with JavaScript %s', (javaScriptEnabled) => {
  it('bad input: error summary, values kept, focus; good input: confirmation page, record, mails', async () => {
    await withPage({ javaScriptEnabled }, async (page) => {
      const response = await page.goto(site.url + signupFormUrl(programme, 'newcomer'));
      expect(response?.status()).toBe(200);
      await fillBadInput(page);
      const posts: string[] = [];
      page.on('request', (r) => r.method() === 'POST' && posts.push(r.url()));
      await page.click('button[type="submit"]');
      await page.waitForSelector('#signup-errors h2');
      // With JS the page's script catches it in the browser; without, the function answers with the same form.
      expect(posts.length).toBe(javaScriptEnabled ? 0 : 1);
      await expectErrorState(page, wordsOf('nl'));
      await expectKeptValues(page);
      expect(await page.locator('header.site-header').count()).toBe(1);
      if (process.env.SCREENSHOT_DIR) await page.screenshot({ path: join(process.env.SCREENSHOT_DIR, `signup-errors-js-${javaScriptEnabled}.png`), fullPage: true });
      if (javaScriptEnabled) expect(await axeViolations(page)).toEqual([]);
      expect(await env.records()).toHaveLength(0);

      await fixInput(page);
      // The fill time the script measures must pass the minimum (1 s here): wait for a second to pass on the page's clock.
      if (javaScriptEnabled) await page.waitForFunction('performance.now() > 1100');
      await Promise.all([page.waitForURL((url) => url.pathname === '/api/signup'), page.click('button[type="submit"]')]);
      expect(await page.locator('h1').innerText()).toBe(wordsOf('nl').confirm_title);
      const [record] = await env.records('signup');
      expect(record).toMatchObject({ programme, data: expect.objectContaining({ name: 'Amira <El> "Idrissi"', languages: ['ar'], availability: ['za-vm'], dutchLevel: 'eenvoudig', formLanguage: 'nl' }) });
      expect(await page.locator('.reference').innerText()).toBe(record.reference);
      await env.deliveries();
      // No coordinator and no administrator in the test database: the site's contact address, and the person.
      expect(env.mails).toHaveLength(2);
      if (javaScriptEnabled) expect(await axeViolations(page)).toEqual([]);
    });
  });
});

describe.each(['ar', 'uk'])('without JavaScript in %s', (tag) => {
  it('posts, and the function answers with the form in that language: summary and inline messages naming the field, values kept', async () => {
    const t = wordsOf(tag);
    await withPage({ javaScriptEnabled: false }, async (page) => {
      await page.goto(site.url + localePath(tag, signupFormUrl(programme, 'newcomer')));
      await fillBadInput(page);
      await Promise.all([page.waitForURL((url) => url.pathname === '/api/signup'), page.click('button[type="submit"]')]);
      expect(await page.locator('html').getAttribute('lang')).toBe(tag);
      expect(await page.locator('html').getAttribute('dir')).toBe(tag === 'ar' ? 'rtl' : 'ltr');
      await expectErrorState(page, t);
      expect(await page.locator('#signup-postalCode-error').innerText()).toContain(t.field_postalCode);
      await expectKeptValues(page);
      expect(await page.inputValue('input[name="formLanguage"]')).toBe(tag);

      await fixInput(page);
      await Promise.all([page.waitForURL((url) => url.pathname === '/api/signup'), page.click('button[type="submit"]')]);
      expect(await page.locator('h1').innerText()).toBe(t.confirm_title);
      expect(await page.locator('html').getAttribute('lang')).toBe(tag);
      const [record] = await env.records('signup');
      expect(record.data).toMatchObject({ formLanguage: tag, languages: ['ar'] });
      await env.deliveries();
      const confirmation = env.mails.find((m) => m.to.includes('amira@example.org'))!;
      expect(confirmation.subject).toBe(fill(t.mail_subject, { programme: isolate(siteContent().programmes.get(programme)!.label, tag === 'ar' ? 'rtl' : 'ltr') }));
    });
  });
});

describe('Arabic on a phone (375 px)', () => {
  it('mirrors the form, keeps e-mail and phone left to right and never scrolls sideways', async () => {
    await withPage({ width: 375 }, async (page) => {
      await page.goto(site.url + localePath('ar', signupFormUrl(programme, 'buddy')));
      for (const id of ['#signup-email', '#signup-phone']) {
        expect(await page.locator(id).evaluate((el) => getComputedStyle(el).direction), id).toBe('ltr');
      }
      // Labels start at the right; a box stands to the right of its label.
      const label = (await page.locator('label[for="signup-name"]').boundingBox())!;
      expect(label.x + label.width).toBeGreaterThan(375 - 40);
      const box = (await page.locator('#signup-consent').boundingBox())!;
      const text = (await page.locator('label[for="signup-consent"]').boundingBox())!;
      expect(box.x).toBeGreaterThan(text.x);
      // The week grid: day names in the first column, on the right.
      const day = (await page.locator('.week-grid tbody th').first().boundingBox())!;
      const cell = (await page.locator('#signup-availability').boundingBox())!;
      expect(day.x).toBeGreaterThan(cell.x);
      expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
    });
  });
});
