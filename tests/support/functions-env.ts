/**
 * Real parts for function tests: a migrated database (the embedded Netlify Database engine, or a real
 * PostgreSQL server), an SMTP server that receives the mails, and the manifest a build would write
 * (SITE_MANIFEST_DIR) for a small content folder, so tests do not depend on the real content.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { closeDatabase } from '../../functions/_shared/db';
import { deliveriesSettled } from '../../functions/_shared/mail-queue';
import { closeMailTransport } from '../../functions/_shared/mail';
import { startEmbeddedDatabase, startPostgresServer, type TestDatabase } from './database';
import { PRIVACY_NOTICE_VERSION as PRIVACY_VERSION } from '../../src/schemas/form-fields';
import { SHELL_PATH } from '../../src/lib/site-manifest';
import { contentManifest, writeManifest } from '../../src/lib/site-manifest-build';
import { decodeMail } from './decode-mail';
import { DIR_SLOT, LANG_SLOT, MAIN_SLOT, TITLE_SLOT } from '../../src/lib/page-slots';

/** A page shell with the build's slots, standing in for the site's header and footer. */
export const FIXTURE_SHELL = `<!doctype html><html lang="${LANG_SLOT.start}${LANG_SLOT.end}" dir="${DIR_SLOT.start}${DIR_SLOT.end}"><head><meta charset="utf-8"><title>${TITLE_SLOT.start}${TITLE_SLOT.end} | Buddywerkingen (test)</title></head><body><main id="inhoud">${MAIN_SLOT.start}${MAIN_SLOT.end}</main></body></html>`;

/** The manifest the build would write for a content folder. */
export function writeFixtureManifest(contentDir: string, manifestDir: string) {
  writeManifest(manifestDir, { ...contentManifest(contentDir), pages: { [SHELL_PATH]: FIXTURE_SHELL } });
}

export interface ReceivedMail {
  from: string;
  to: string[];
  /** Headers and body, transfer-decoded (quoted-printable/base64) enough to read the Dutch text. */
  text: string;
  subject: string;
}

export const FIXTURE = {
  open: 'testgem/samen-op-weg',
  openNoCoordinator: 'andere-gem/buddy-op-stap',
  closed: 'testgem/gesloten-werking',
  coordinatorEmail: 'coordinator@example.org',
  adminEmail: 'beheer@example.org',
  contactEmail: 'contact@example.test',
  privacyEmail: 'privacy@example.test',
  practice: 'buddy-praktijk',
};

/** A content folder with one settings file, one practice and two municipalities. */
export function writeFixtureContent(dir: string) {
  mkdirSync(join(dir, 'settings'), { recursive: true });
  mkdirSync(join(dir, 'practices'), { recursive: true });
  mkdirSync(join(dir, 'municipalities'), { recursive: true });
  writeFileSync(
    join(dir, 'settings', 'site.json'),
    JSON.stringify({
      siteName: 'Buddywerkingen (test)',
      contactEmail: FIXTURE.contactEmail,
      privacyEmail: FIXTURE.privacyEmail,
      publisher: 'VVSG',
      submitPracticeText: 'Staat jouw praktijk nog niet in de databank?',
      feedbackText: 'Wil je een wijziging doorgeven?',
    }),
  );
  // The real translations: the functions answer in the language a form was filled in.
  cpSync(join(process.cwd(), 'content', 'translations'), join(dir, 'translations'), { recursive: true });
  // The real starter-kit templates: the workspace builds the action plan and the evaluation form from them.
  cpSync(join(process.cwd(), 'content', 'templates'), join(dir, 'templates'), { recursive: true });
  writeFileSync(join(dir, 'practices', `${FIXTURE.practice}.md`), '---\ntitle: Buddywerking (test)\n---\nTekst.\n');
  const municipality = (name: string, programmes: string) =>
    `name: ${name}\nprovince: Limburg\npostalCode: '3800'\ncoordinates: { lat: 50.8, lon: 5.2 }\nprogrammes:\n${programmes}`;
  writeFileSync(
    join(dir, 'municipalities', 'testgem.yaml'),
    municipality(
      'Testgem',
      `  - slug: samen-op-weg\n    name: Samen op weg\n    practice: ${FIXTURE.practice}\n    acceptsSignups: true\n` +
        `  - slug: gesloten-werking\n    practice: ${FIXTURE.practice}\n`,
    ),
  );
  writeFileSync(
    join(dir, 'municipalities', 'andere-gem.yaml'),
    municipality('Andere Gem', `  - slug: buddy-op-stap\n    name: Buddy op stap\n    practice: ${FIXTURE.practice}\n    acceptsSignups: true\n`),
  );
}

function decodeSubject(raw: string): string {
  const line = /^Subject: (.*(?:\r?\n[ \t].*)*)/m.exec(raw)?.[1] ?? '';
  return line
    .replace(/\r?\n[ \t]/g, ' ')
    .replace(/=\?utf-8\?Q\?([^?]*)\?=\s*/gi, (_, q: string) =>
      Buffer.from(q.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (__, h) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8'),
    )
    .replace(/=\?utf-8\?B\?([^?]*)\?=\s*/gi, (_, b: string) => Buffer.from(b, 'base64').toString('utf8'));
}

export interface FunctionsEnv<D extends TestDatabase = TestDatabase> {
  contentDir: string;
  db: D;
  mails: ReceivedMail[];
  /** Makes the SMTP server refuse every recipient (a mail outage). */
  setSmtpFailing(failing: boolean): void;
  /** Stored form records, oldest first. */
  records(form?: string): Promise<{ id: string; form: string; reference: string; programme: string | null; data: Record<string, unknown>; privacy_version: string }[]>;
  /** Waits until the mails sent after responses are out (or failed). */
  deliveries(): Promise<void>;
  /** Gives FIXTURE.coordinatorEmail access to the open programme and makes FIXTURE.adminEmail an administrator. */
  seedPeople(): Promise<void>;
  /** Empty tables, no mails, SMTP working. */
  reset(): Promise<void>;
  close(): Promise<void>;
}

type Engine = 'embedded' | 'server';

export async function startFunctionsEnv(options?: { smtp?: boolean; database?: 'embedded' }): Promise<FunctionsEnv>;
export async function startFunctionsEnv(options: { smtp?: boolean; database: 'server' }): Promise<FunctionsEnv<Awaited<ReturnType<typeof startPostgresServer>>>>;
export async function startFunctionsEnv(options: { smtp?: boolean; database?: Engine } = {}): Promise<FunctionsEnv> {
  const root = mkdtempSync(join(tmpdir(), 'functions-test-'));
  const contentDir = join(root, 'content');
  writeFixtureContent(contentDir);

  const db = options.database === 'server' ? await startPostgresServer() : await startEmbeddedDatabase();
  await closeDatabase();
  process.env.NETLIFY_DB_URL = db.url;
  // The embedded engine serves all connections from one session: one connection at a time there.
  process.env.DB_POOL_MAX = options.database === 'server' ? '20' : '1';
  process.env.SITE_MANIFEST_DIR = join(root, 'site-manifest');
  writeFixtureManifest(contentDir, process.env.SITE_MANIFEST_DIR);
  process.env.MAIL_OUTBOX_DIR = join(root, 'outbox');

  const mails: ReceivedMail[] = [];
  let failing = false;
  let smtp: SMTPServer | undefined;
  if (options.smtp !== false) {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onRcptTo(_address, _session, callback) {
        callback(failing ? Object.assign(new Error('Postvak niet beschikbaar'), { responseCode: 550 }) : undefined);
      },
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          mails.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            text: decodeMail(raw),
            subject: decodeSubject(raw),
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp!.listen(0, '127.0.0.1', resolve));
    // Only production sends over SMTP (development and previews write to the outbox).
    process.env.CONTEXT = 'production';
    process.env.SMTP_HOST = '127.0.0.1';
    process.env.SMTP_PORT = String((smtp.server.address() as AddressInfo).port);
    process.env.SMTP_SECURE = 'false';
    process.env.SMTP_FROM = 'Buddywerkingen test <no-reply@buddywerking.test>';
  } else {
    process.env.CONTEXT = 'dev';
    delete process.env.SMTP_HOST;
  }

  return {
    contentDir,
    db,
    mails,
    setSmtpFailing: (value) => {
      failing = value;
    },
    records: (form) =>
      db.query(
        `SELECT id, form, reference, programme, data, privacy_version FROM submissions ${form ? 'WHERE form = $1' : ''} ORDER BY created_at, id`,
        form ? [form] : [],
      ) as never,
    deliveries: deliveriesSettled,
    seedPeople: async () => {
      await db.query(`INSERT INTO people (email, is_admin) VALUES ($1, false), ($2, true) ON CONFLICT DO NOTHING`, [FIXTURE.coordinatorEmail, FIXTURE.adminEmail]);
      await db.query(
        `INSERT INTO programme_access (person_id, programme) SELECT id, $2 FROM people WHERE email = $1 ON CONFLICT DO NOTHING`,
        [FIXTURE.coordinatorEmail, FIXTURE.open],
      );
    },
    reset: async () => {
      await deliveriesSettled();
      await db.truncate();
      mails.length = 0;
      failing = false;
    },
    close: async () => {
      await deliveriesSettled();
      closeMailTransport();
      await closeDatabase();
      await db.stop();
      if (smtp) await new Promise<void>((resolve) => smtp!.close(() => resolve()));
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/**
 * A valid sign-up for the fixture's open programme. Its values are canaries (quality-privacy looks for them
 * in dist/): none may equal an example the site itself shows, such as the phone messages' 0470 12 34 56.
 */
export function validSignup(overrides: Record<string, unknown> = {}) {
  return {
    programme: FIXTURE.open,
    role: 'buddy',
    name: 'Sara Peeters',
    email: 'sara@example.org',
    phone: '0471 98 76 54',
    postalCode: '3800',
    languages: ['nl', 'fr'],
    otherLanguages: 'Limburgs',
    availability: ['wo-nm', 'za-vm'],
    interests: 'Wandelen en koken',
    motivation: 'Ik wil iemand helpen zijn weg te vinden.',
    formLanguage: 'nl',
    consent: true,
    privacyVersion: PRIVACY_VERSION,
    ...overrides,
  };
}

/** A valid sign-up of a newcomer who looks for a buddy: a Dutch level, no motivation. */
export function validNewcomerSignup(overrides: Record<string, unknown> = {}) {
  const { motivation: _buddiesOnly, ...newcomer } = validSignup({ role: 'newcomer', dutchLevel: 'beetje', languages: ['ar', 'fr'] });
  return { ...newcomer, ...overrides };
}

/** A valid practice submission and correction. */
export const validPractice = {
  municipality: 'Testgem',
  title: 'Buddy’s op de fiets',
  description: 'Nieuwkomers leren fietsen met een buddy.\nElke zaterdag.',
  website: 'https://www.example.org/fiets',
  contactName: 'Lies Jansen',
  email: 'lies@example.org',
  consent: true,
  privacyVersion: PRIVACY_VERSION,
};
export const validFeedback = {
  practice: FIXTURE.practice,
  message: 'De contactpersoon is veranderd.',
  name: 'Tom Claes',
  email: 'tom@example.org',
  consent: true,
  privacyVersion: PRIVACY_VERSION,
};

/** A POST as a browser or client sends it, to a closed port so the error page falls back to the plain page. */
export function post(path: string, body: string, headers: Record<string, string> = {}): Request {
  return new Request(`http://127.0.0.1:9${path}`, { method: 'POST', headers, body });
}

export const postJson = (path: string, payload: unknown, headers: Record<string, string> = {}) =>
  post(path, JSON.stringify(payload), { 'content-type': 'application/json', ...headers });

/** A form post as the page sends it: with the honeypot field, empty (unless `fields` sets it). */
export const postForm = (path: string, fields: Record<string, string | string[]>, headers: Record<string, string> = {}) => {
  const body = new URLSearchParams({ fax: '' });
  // A list is what ticked boxes send: the name once per value.
  for (const [name, value] of Object.entries(fields)) {
    body.delete(name);
    for (const one of Array.isArray(value) ? value : [value]) body.append(name, one);
  }
  return post(path, body.toString(), { 'content-type': 'application/x-www-form-urlencoded', ...headers });
};
