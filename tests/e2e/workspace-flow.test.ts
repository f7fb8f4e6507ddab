/**
 * The programme flow in Chromium on `npm run dev`, with the development accounts: a buddy and a
 * newcomer sign up on the site; the coordinator signs in by the mailed link, does both intakes, reads
 * the suggestion with its reasons and accepts it with the keyboard alone, writes the duo's agreements,
 * downloads the action plan (LibreOffice opens it and shows both names), makes the newcomer's
 * evaluation link, which the newcomer answers once, closes the duo and erases both test people. The
 * flow runs with JavaScript off; axe checks every page, and each error state is made again in a
 * context with JavaScript (axe needs it) and checked there.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { DevServer } from '../support/dev-server';
import { textInLibreOffice } from '../support/docx';
import { startWorkspaceBrowser, type workspaceBrowser } from '../support/workspace-browser';
import { DEV_ACCOUNTS } from '../../scripts/database.mjs';

let dev: DevServer;
let browser: Browser;
let ui: ReturnType<typeof workspaceBrowser>;
let stop: (() => Promise<void>) | undefined;
const run = Date.now().toString(36);
// Unique first names, and a shared interest only these two have, so leftovers of other runs in the
// development database never take their suggestion.
const buddy = { first: `Fenna${run}`, name: `Fenna${run} Buddytest`, email: `fenna-${run}@example.org` };
const newcomer = { first: `Yusuf${run}`, name: `Yusuf${run} Nieuwkomertest`, email: `yusuf-${run}@example.org` };
const programme = encodeURIComponent(DEV_ACCOUNTS.programme);

beforeAll(async () => {
  ({ dev, browser, ui, close: stop } = await startWorkspaceBrowser('workspace-flow'));
}, 300_000);
afterAll(() => stop?.());

async function signUp(person: { name: string; email: string }, role: 'buddy' | 'newcomer') {
  const context = await browser.newContext({ javaScriptEnabled: false });
  context.setDefaultTimeout(30_000);
  const form = await context.newPage();
  await form.goto(`${dev.base}/aanmelden/${DEV_ACCOUNTS.programme}/${role === 'buddy' ? 'buddy' : 'deelnemer'}/`);
  await form.fill('#signup-name', person.name);
  await form.fill('#signup-email', person.email);
  await form.fill('#signup-postalCode', '3800');
  for (const language of role === 'buddy' ? ['nl', 'ar'] : ['ar']) await form.check(`input[name="languages"][value="${language}"]`);
  await form.check('input[name="availability"][value="wo-nm"]');
  if (role === 'newcomer') await form.check('input[name="dutchLevel"][value="beetje"]');
  await form.check('#signup-consent');
  await form.click('button[type="submit"]');
  await form.waitForSelector('h1:has-text("Je aanmelding is goed aangekomen")');
  await context.close();
}

/**
 * A page that answers a POST (an error state, by default) made again in a context with JavaScript and
 * the same cookies, then checked by axe there.
 */
async function checkErrorState(from: Page, url: string, act: (page: Page) => Promise<void>, shown = '.error-summary') {
  const context = await browser.newContext({ storageState: await from.context().storageState() });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'networkidle' });
  await act(page);
  await page.waitForSelector(shown);
  await ui.checkWithScript(page);
  await context.close();
}

const main = (page: Page) => page.locator('main').innerText();

async function fillIntake(page: Page, options: { languages: readonly string[]; dutchLevel?: string; emailChecked?: boolean }) {
  for (const box of await page.locator('input[name="languages"]').all()) await box.setChecked(options.languages.includes((await box.getAttribute('value'))!));
  if (options.dutchLevel) await page.selectOption('#intake-dutchLevel', options.dutchLevel);
  await page.check('input[name="interests"][value="koken"]');
  await page.fill('#intake-otherInterests', `samen${run}`);
  for (const moment of ['wo-nm', 'za-vm']) await page.check(`input[name="availability"][value="${moment}"]`);
  await page.fill('#intake-postalCode', '3800');
  await page.selectOption('#intake-household', 'gezin');
  if (options.emailChecked) await page.check('#intake-emailChecked');
}

describe('the flow from intake to closing on npm run dev', () => {
  it('two sign-ups, both intakes, a suggestion accepted by keyboard, action plan, evaluation, closing, erasure', { timeout: 900_000 }, async () => {
    await signUp(buddy, 'buddy');
    await signUp(newcomer, 'newcomer');

    const context: BrowserContext = await browser.newContext({ javaScriptEnabled: false, acceptDownloads: true });
    context.setDefaultTimeout(60_000);
    const page = await ui.signIn(context, DEV_ACCOUNTS.coordinator);
    await page.click('a:has-text("Mensen")');
    await page.waitForSelector('h1:has-text("Mensen")');
    expect(await main(page)).toContain('nieuw');
    await ui.check(page);

    // Both intakes; the newcomer's also checks the e-mail address, so the evaluation link can be mailed.
    const people: Record<string, string> = {};
    for (const [person, options] of [
      [buddy, { languages: ['nl', 'ar'] }],
      [newcomer, { languages: ['ar'], dutchLevel: 'beetje', emailChecked: true }],
    ] as const) {
      await page.goto(`${dev.base}/coordinator/mensen?programme=${programme}&volgorde=newest`);
      await page.click(`a:has-text("${person.first}")`);
      await page.waitForSelector(`h1:has-text("${person.name}")`);
      people[person.first] = new URL(page.url()).searchParams.get('id')!;
      expect(await page.locator('#person-status').innerText()).toMatch(/^nieuw sinds/);
      await ui.check(page);
      await page.click('a:has-text("Intake invullen")');
      await page.waitForSelector('h1:has-text("Intake")');
      // Pre-filled from the sign-up: the languages typed as words became codes.
      expect(await page.isChecked('input[name="languages"][value="ar"]')).toBe(true);
      await ui.check(page);
      await checkErrorState(page, page.url(), async (p) => {
        await p.fill('#intake-postalCode', '38');
        await p.click('button:has-text("Intake opslaan")');
      });
      await fillIntake(page, options);
      await page.click('button:has-text("Opslaan en op de wachtlijst zetten")');
      await page.waitForSelector('text=De wijziging is bewaard.');
      expect(await page.locator('#person-status').innerText()).toMatch(/^wacht op een match sinds .*: wacht 0 dagen op een match/);
    }
    const personUrl = `${dev.base}/coordinator/persoon?id=${people[buddy.first]}`;
    await checkErrorState(page, personUrl, async (p) => {
      await p.selectOption('#status-to', 'stopped');
      await p.click('button:has-text("Status wijzigen")');
    });

    // The suggestion with its reasons.
    await page.goto(`${dev.base}/coordinator/koppelen?programme=${programme}`);
    const suggestion = page.locator('li.suggestion', { hasText: `${buddy.first} en ${newcomer.first}` });
    const reasons = await suggestion.innerText();
    expect(reasons).toContain(`${buddy.first} en ${newcomer.first}: beiden spreken Arabisch, 2 gemeenschappelijke momenten (woensdagnamiddag en zaterdagvoormiddag)`);
    expect(reasons).toMatch(/Gedeelde interesses\s+\d+%\s+3/);
    expect(reasons).toMatch(/Afstand\s+100%\s+2/);
    await ui.check(page);
    await checkErrorState(page, page.url(), async (p) => {
      await p.click('button:has-text("Duo maken")');
    });

    // Keyboard only: Tab to the suggestion's accept button, Enter.
    const keyboard = await browser.newContext({ storageState: await context.storageState() });
    const keys = await keyboard.newPage();
    await keys.goto(page.url(), { waitUntil: 'networkidle' });
    const accept = `Aanvaarden: ${buddy.first} en ${newcomer.first}`;
    let focused = '';
    for (let presses = 0; presses < 300 && !focused.includes(accept); presses++) {
      await keys.keyboard.press('Tab');
      focused = (await keys.locator(':focus').textContent()) ?? '';
    }
    expect(focused).toContain(accept);
    await Promise.all([keys.waitForURL('**/coordinator/duo?**'), keys.keyboard.press('Enter')]);
    await keys.waitForSelector('text=Het duo is gemaakt');
    const duoUrl = keys.url().replace(/&nieuw=1$/, '');
    await keyboard.close();

    // The duo: agreements, the action plan.
    await page.goto(duoUrl);
    expect(await main(page)).toContain('6 maanden, 2 keer per maand');
    await ui.check(page);
    await page.fill('#duo-tasks', 'Samen naar de bibliotheek\nFietsles op zaterdag');
    await page.fill('#duo-contact', 'Woensdagnamiddag in het ontmoetingscentrum');
    await page.click('button:has-text("Afspraken opslaan")');
    await page.waitForSelector('text=De wijziging is bewaard.');
    await checkErrorState(page, duoUrl, async (p) => {
      await p.fill('#duo-duration', '99');
      await p.click('button:has-text("Afspraken opslaan")');
    });
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('a:has-text("Download het handelingsplan")')]);
    const plan = (await textInLibreOffice(new Uint8Array(readFileSync((await download.path())!)))).replace(/\s+/g, ' ');
    expect(plan).toContain(buddy.name);
    expect(plan).toContain(newcomer.name);
    expect(plan).toContain('Taak 2: Fietsles op zaterdag');

    // The newcomer's evaluation link, in Arabic (the coordinator's choice; the sign-up was Dutch): mailed
    // (checked address) and shown to print.
    const seen = new Set<string>();
    await page.selectOption(`#evaluation-language-${people[newcomer.first]}`, 'ar');
    await page.click(`button:has-text("Evaluatielink maken voor ${newcomer.first}")`);
    await page.waitForSelector('#evaluation-link');
    expect(await main(page)).toContain(`De link is gemaild naar het nagekeken e-mailadres van ${newcomer.first}.`);
    const link = await page.locator('#evaluation-link').innerText();
    const mail = await ui.mailed(newcomer.email, '/evaluatie?token=', seen);
    expect(mail).toContain(`مرحبًا ${newcomer.first}،`);
    expect(mail).toContain(new URL(link).search);
    expect(mail).not.toContain('Nieuwkomertest');
    // The link page answers a POST: checked by making the buddy's link in the context with JavaScript.
    await checkErrorState(page, duoUrl, (p) => p.click(`button:has-text("Evaluatielink maken voor ${buddy.first}")`), '#evaluation-link');

    const answering = await browser.newContext({ javaScriptEnabled: false });
    const form = await answering.newPage();
    const formUrl = `${dev.base}${new URL(link).pathname}${new URL(link).search}`;
    await form.goto(formUrl);
    await form.waitForSelector('h1:has-text("تقييم منتصف المدة")');
    expect(await form.locator('html').getAttribute('dir')).toBe('rtl');
    await ui.check(form);
    await checkErrorState(form, formUrl, async (p) => {
      await p.click('button:has-text("إرسال")');
    });
    // The labels are Arabic; the value posted stays the Dutch option.
    await form.locator('fieldset', { hasText: 'تواصلنا' }).locator('input[value="Goed"]').check();
    await form.fill('textarea[id^="evaluation-"] >> nth=1', 'We koken elke week samen.');
    await form.click('button:has-text("إرسال")');
    await form.waitForSelector('h1:has-text("شكرًا لك!")');
    await ui.check(form);
    await form.goto(formUrl);
    expect(await form.locator('h1').innerText()).toBe('تم ملء هذا التقييم من قبل');
    await ui.check(form);
    await answering.close();

    await page.goto(duoUrl);
    const duoPage = await main(page);
    expect(duoPage).toContain(`Antwoorden van ${newcomer.first}`);
    expect(duoPage).toContain('Goed');
    expect(duoPage).toContain('We koken elke week samen.');

    // Closing: both finish.
    await page.click('a:has-text("Dit duo afsluiten")');
    await page.waitForSelector('h1:has-text("afsluiten")');
    await ui.check(page);
    await checkErrorState(page, page.url(), async (p) => {
      await p.click('button:has-text("Duo afsluiten")');
    });
    await page.selectOption('#close-reason', 'completed');
    await page.check('input[name="buddyNext"][value="finished"]');
    await page.check('input[name="newcomerNext"][value="finished"]');
    await page.click('button:has-text("Duo afsluiten")');
    await page.waitForSelector('text=De wijziging is bewaard.');
    expect(await page.locator('#duo-state').innerText()).toMatch(/^Afgesloten op .* \(looptijd afgerond\)\.$/);

    // Settings, and its error state.
    const settingsUrl = `${dev.base}/coordinator/instellingen?programme=${programme}`;
    await page.goto(settingsUrl);
    await ui.check(page);
    await checkErrorState(page, settingsUrl, async (p) => {
      await p.fill('#settings-alert', '0');
      await p.click('button:has-text("Instellingen opslaan")');
    });

    // GDPR: the export holds the person's data; erasing both leaves the development database clean.
    for (const person of [buddy, newcomer]) {
      await page.goto(`${dev.base}/coordinator/persoon?id=${people[person.first]}`);
      expect(await page.locator('#person-status').innerText()).toMatch(/^afgerond sinds/);
      const [json] = await Promise.all([page.waitForEvent('download'), page.click('a:has-text("downloaden (JSON)")')]);
      expect(JSON.parse(readFileSync((await json.path())!, 'utf8')).signup.data.name).toBe(person.name);
      await page.click('a:has-text("Alle gegevens over deze persoon wissen")');
      await page.waitForSelector('h1:has-text("wissen?")');
      await ui.check(page);
      await page.click('button:has-text("Definitief wissen")');
      await page.waitForSelector('text=Alle gegevens van de persoon zijn gewist.');
    }
    expect(await main(page)).not.toContain(buddy.first);

    expect(ui.violations).toEqual([]);
    expect(ui.checked()).toBeGreaterThanOrEqual(20);
  });
});
