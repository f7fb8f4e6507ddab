/**
 * No personal data or secrets in the published output: every file in dist/ (pages, client bundles, the
 * compressed Pagefind index, the starter-kit .docx/.zip) is scanned as text.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { unzipSync, strFromU8 } from 'fflate';
import { filesUnder } from '../support/built-pages';
import { SITE_DIST } from '../support/site';
import { validSignup } from '../support/functions-env';

const BINARY = new Set(['.png', '.jpg', '.jpeg', '.webp', '.avif', '.gif', '.ico', '.woff', '.woff2', '.wasm', '.pdf']);

/** Each file's text; gzip (Pagefind) and zip (.docx, .zip) are unpacked so their contents count too. */
function outputTexts(dir: string): { file: string; text: string }[] {
  const texts: { file: string; text: string }[] = [];
  for (const file of filesUnder(dir)) {
    if (BINARY.has(extname(file).toLowerCase())) continue;
    const bytes = readFileSync(join(dir, file));
    if (bytes[0] === 0x1f && bytes[1] === 0x8b) texts.push({ file, text: gunzipSync(bytes).toString('utf8') });
    else if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
      for (const [inner, data] of Object.entries(unzipSync(bytes))) texts.push({ file: `${file}!${inner}`, text: strFromU8(data) });
    } else texts.push({ file, text: bytes.toString('utf8') });
  }
  return texts;
}

/** Text of every file under a source folder (content and pages: what is published on purpose). */
function sourceText(dir: string): string {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(md|mdx|ya?ml|json|astro|ts)$/.test(e.name))
    .map((e) => readFileSync(join(e.parentPath, e.name), 'utf8'))
    .join('\n');
}

const texts = outputTexts(SITE_DIST);
const EMAIL = /[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/gi;

describe('the built site holds no personal data or secrets', () => {
  it('scans every file of the output', () => {
    expect(texts.length).toBeGreaterThan(10);
    expect(texts.some((t) => t.file.startsWith('pagefind/'))).toBe(true);
  });

  it('shows only e-mail addresses the content or the pages publish on purpose', () => {
    const published = sourceText('content') + sourceText('src');
    const allowed = new Set((published.match(EMAIL) ?? []).map((e) => e.toLowerCase()));
    const placeholder = /@(example\.(org|com|net|test)|voorbeeld\.be)$/i;
    const unexpected = new Set<string>();
    for (const { file, text } of texts) {
      // Pagefind's own UI scripts carry their translators' addresses.
      if (/^pagefind\/[^/]*\.js$/.test(file)) continue;
      for (const email of text.match(EMAIL) ?? []) {
        // The index joins words without spaces ("viasamenleven@…"): a published address at the end counts.
        const known = [...allowed].some((a) => email.toLowerCase().endsWith(a));
        if (!known && !placeholder.test(email) && !/\.(png|jpe?g|svg|webp|js|css)$/i.test(email)) {
          unexpected.add(`${file}: ${email}`);
        }
      }
    }
    expect([...unexpected]).toEqual([]);
  });

  it('contains none of the test sign-up data', () => {
    const signup = validSignup();
    const canaries = [signup.name, signup.email, signup.phone, signup.motivation].map(String);
    const found = texts.flatMap(({ file, text }) => canaries.filter((c) => text.includes(c)).map((c) => `${file}: ${c}`));
    expect(found).toEqual([]);
  });

  it('contains no tokens, keys or secret values from the environment', () => {
    const patterns: [string, RegExp][] = [
      ['private key', /-----BEGIN [A-Z ]*PRIVATE KEY-----/],
      ['JWT', /\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/],
      ['GitHub token', /\bgh[pousr]_[A-Za-z0-9]{30,}/],
      ['Netlify token', /\bnf[pc]_[A-Za-z0-9]{30,}/],
      ['AWS key', /\bAKIA[0-9A-Z]{16}\b/],
      ['Slack token', /\bxox[abprs]-[A-Za-z0-9-]{10,}/],
    ];
    // Values of secret-looking variables of this machine or CI (Netlify builds with them set).
    const secrets = Object.entries(process.env)
      .filter(([name, value]) => /TOKEN|SECRET|PASSWORD|PASS$|API_KEY|PRIVATE|BLOBS_CONTEXT|HASHES|SMTP_USER/i.test(name) && (value ?? '').length >= 8)
      .map(([name, value]) => [name, value!] as const);
    const found: string[] = [];
    for (const { file, text } of texts) {
      for (const [label, pattern] of patterns) if (pattern.test(text)) found.push(`${file}: ${label}`);
      for (const [name, value] of secrets) if (text.includes(value)) found.push(`${file}: waarde van ${name}`);
    }
    expect(found).toEqual([]);
  });

  it('bundles no server code: client scripts do not read the functions\' environment variables', () => {
    const serverVariables = new Set<string>();
    for (const entry of readdirSync('functions', { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !/\.m?[jt]s$/.test(entry.name)) continue;
      const source = readFileSync(join(entry.parentPath, entry.name), 'utf8');
      for (const m of source.matchAll(/process\.env(?:\.|\[\s*['"])([A-Z][A-Z0-9_]+)|\bnum\(\s*['"]([A-Z][A-Z0-9_]+)['"]/g)) {
        serverVariables.add(m[1] ?? m[2]);
      }
    }
    const generic = new Set(['NODE_ENV', 'URL', 'DEPLOY_URL', 'CONTEXT']);
    const leaked = texts
      .filter(({ file }) => file.endsWith('.js') && !file.startsWith('admin/'))
      .flatMap(({ file, text }) => [...serverVariables].filter((v) => !generic.has(v) && text.includes(v)).map((v) => `${file}: ${v}`));
    expect(serverVariables.size).toBeGreaterThan(0);
    expect(leaked).toEqual([]);
  });
});
