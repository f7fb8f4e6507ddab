/**
 * The README's run command does what it says: `npm run dev` serves the site, the CMS and the form
 * functions with local Blobs, and a sign-up sent to it is stored and mailed to the local outbox.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDevServer, waitFor, type DevServer } from '../support/dev-server';

const outbox = mkdtempSync(join(tmpdir(), 'dev-outbox-'));
let dev: DevServer;

beforeAll(async () => {
  dev = await startDevServer({ MAIL_OUTBOX_DIR: outbox, ASTRO_CACHE_DIR: join(outbox, 'cache') });
}, 300_000);
afterAll(() => {
  dev?.stop();
  rmSync(outbox, { recursive: true, force: true });
});

describe('npm run dev', () => {
  it('serves the home page, the CMS and a sign-up page', async () => {
    for (const path of ['/', '/admin/', '/aanmelden/sint-truiden/samen-op-pad/']) {
      expect((await fetch(dev.base + path)).status, path).toBe(200);
    }
  });

  it('accepts a sign-up through the local function, stores it and writes both mails to the outbox', async () => {
    const response = await fetch(`${dev.base}/api/signup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: dev.base },
      body: JSON.stringify({
        programme: 'sint-truiden/samen-op-pad',
        role: 'newcomer',
        name: 'Dev Testpersoon',
        email: 'dev-test@example.org',
        postalCode: '3800',
        languages: 'Arabisch, Engels',
        interests: 'wandelen',
        availability: 'woensdagnamiddag',
        motivation: 'Ik wil de stad leren kennen.',
        consent: true,
        privacyVersion: '2026-11-22',
        idempotencyKey: `dev-${Date.now()}`,
      }),
    });
    const body = await response.text();
    expect(response.status, body).toBeLessThan(300);
    const mails = await waitFor('twee mails in de outbox', () => {
      const files = readdirSync(outbox).filter((f) => f.endsWith('.eml'));
      return files.length >= 2 ? files : undefined;
    });
    const text = mails.map((f) => readFileSync(join(outbox, f), 'utf8')).join('\n');
    expect(text).toContain('dev-test@example.org');
  });
});
