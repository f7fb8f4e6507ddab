/** Every built page is valid HTML according to the Nu Html Checker (vnu-jar; needs Java 17+). */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SITE_DIST } from '../support/site';
import { filesUnder } from '../support/built-pages';

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

/** Runs vnu once over the whole folder (one JVM start) and returns its messages. */
function checkFolder(dir: string): VnuMessage[] {
  const jar = createRequire(import.meta.url)('vnu-jar') as string;
  try {
    // vnu writes its JSON report to stderr and exits 1 when it finds errors.
    execFileSync('java', ['-jar', jar, '--format', 'json', '--skip-non-html', dir], { stdio: 'pipe', maxBuffer: 64 << 20 });
    return [];
  } catch (error) {
    const stderr = String((error as { stderr?: Buffer }).stderr ?? '');
    if (!stderr.trim().startsWith('{')) throw error;
    return (JSON.parse(stderr) as { messages: VnuMessage[] }).messages;
  }
}

describe('HTML validity (Nu Html Checker)', () => {
  it('reports 0 errors on every built page', () => {
    const pages = filesUnder(SITE_DIST).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(0);
    const errors = checkFolder(SITE_DIST)
      .filter((m) => m.type !== 'info')
      .map((m) => {
        const file = m.url?.startsWith('file:') ? relative(SITE_DIST, fileURLToPath(m.url)) : m.url;
        return `${file}:${m.lastLine ?? '?'}: ${m.message}${m.extract ? ` («${m.extract.trim().slice(0, 80)}»)` : ''}`;
      });
    expect(errors).toEqual([]);
  });
});
