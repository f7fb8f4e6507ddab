// Lighthouse (mobile, its default) on Debian's Chromium, one run per page: the four category scores.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { ROOT } from './project.mjs';

const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Async on purpose: the static server answering Lighthouse runs in this same process. */
export async function lighthouseScores(url) {
  const { stdout: output } = await promisify(execFile)(
    join(ROOT, 'node_modules/.bin/lighthouse'),
    [url, '--output=json', '--quiet', `--chrome-flags=${FLAGS.join(' ')}`, '--only-categories=performance,accessibility,best-practices,seo'],
    { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' }, maxBuffer: 256 << 20 },
  );
  const report = JSON.parse(output);
  const score = (id) => Math.round((report.categories[id]?.score ?? 0) * 100);
  // What keeps a category below 100, so the table can say why.
  const failing = Object.values(report.categories).flatMap((category) =>
    category.auditRefs
      .filter((ref) => ref.weight > 0 && (report.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => `${category.id}:${ref.id}`),
  );
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    failing,
  };
}
