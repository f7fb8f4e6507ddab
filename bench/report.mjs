// Prints the benchmark results as plain-text tables (Markdown-compatible) with the project's targets.
import { BLOBS_BASELINE } from './signup.mjs';

const kb = (bytes) => (bytes / 1024).toFixed(1);
const fixed = (n, digits = 1) => (n === undefined ? '–' : n.toFixed(digits));

function table(headers, rows) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  return [line(headers), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

/** Scripts allowed on content pages: the search, the map, the form enhancements and a programme's public figures. */
const ENHANCEMENT = /(map|kaart|search|zoek|form|enhance|signup|aanmeld|feedback|submission|starterkit|PublicFigures)/i;

export function targets(results) {
  const list = [];
  const reals = results.builds.filter((b) => b.factor === 1).map((b) => b.seconds);
  list.push({ target: 'Real-content build ≤ 15 s', met: Math.min(...reals) <= 15, value: reals.map((s) => `${fixed(s)} s`).join(', ') });
  const growth = results.builds.slice(1).filter((b) => b.growth);
  if (growth.length) {
    // 10 % margin for timing noise; fixed start-up cost makes a linear build come out below 1.0.
    const worst = Math.max(...growth.map((b) => b.growth.timePerPage));
    list.push({ target: 'Build time grows no worse than linearly', met: worst <= 1.1, value: `worst time/pages ratio ${fixed(worst, 2)}` });
  }
  if (results.weight?.practice) {
    const practice = results.weight.practice;
    list.push({ target: 'Practice page ≤ 30 KB gzip (HTML+CSS+JS)', met: practice.totalGzip <= 30 * 1024, value: `${kb(practice.totalGzip)} KB` });
  }
  if (results.weight) {
    const content = ['home', 'practice', 'municipality'].filter((t) => results.weight[t]);
    const extra = content.flatMap((t) => results.weight[t].scripts.filter((s) => !ENHANCEMENT.test(s)).map((s) => `${t}: ${s}`));
    list.push({ target: 'No JS on content pages except search, map, forms', met: extra.length === 0, value: extra.length ? extra.join(', ') : 'only enhancements' });
  }
  if (results.signupLanguages) {
    const scripts = Object.entries(results.signupLanguages);
    const heaviest = Math.max(...scripts.map(([, w]) => w.js.gzip));
    list.push({
      target: `Sign-up form ≤ 15 KB gzip of script in every language (${scripts.length})`,
      met: scripts.length > 0 && heaviest <= 15 * 1024,
      value: `heaviest ${kb(heaviest)} KB`,
    });
  }
  if (results.lighthouse) {
    for (const [type, s] of Object.entries(results.lighthouse)) {
      const all = [s.performance, s.accessibility, s.bestPractices, s.seo];
      list.push({
        target: `Lighthouse 100 ×4 on ${type}`,
        met: all.every((v) => v === 100),
        value: `${all.join('/')}${s.failing.length ? ` (${s.failing.join(', ')})` : ''}`,
      });
    }
  }
  if (results.signup) {
    const bad = results.signup.filter((r) => !r.storedEqualsSent || r.mailsUnsent > 0);
    list.push({ target: 'Sign-ups stored = sign-ups sent, every mail sent', met: bad.length === 0, value: bad.length ? `${bad.length} runs differ` : 'all runs' });
    const single = results.signup.find((r) => r.mail === 'smtp' && r.concurrency === 1);
    if (single) list.push({ target: 'Sign-up p50 < 20 ms at concurrency 1 with SMTP', met: single.p50 < 20, value: `${fixed(single.p50)} ms` });
  }
  return list;
}

/** One row per page (`pages`: name → weight); `cell` shows one kind (html, css, js) of a page. */
const weightTable = (first, pages, cell) =>
  table(
    [first, 'path', 'HTML', 'CSS', 'JS', 'total gzip', 'requests'],
    Object.entries(pages).map(([name, w]) => [name, w.path, ...['html', 'css', 'js'].map((kind) => cell(name, w, kind)), kb(w.totalGzip), w.requests]),
  );

/** "3.1 (was 29.9)": a figure in KB beside the previous run's, when there was one. */
const withPrevious = (bytes, before) => (before === undefined ? kb(bytes) : `${kb(bytes)} (was ${kb(before)})`);

export function printReport(results, previous) {
  const out = [];
  out.push(`## Benchmark ${results.date} (commit ${results.commit ?? '?'}, ${results.machine.cpus} × ${results.machine.cpu}, Node ${results.machine.node})`);

  out.push('\n### Build (astro build + pagefind, in a temporary copy)');
  out.push(
    table(
      ['content', 'municipalities', 'programmes', 'practices', 'pages', 'seconds', 'pages/s', 'pages ×', 'time ×', 'time/pages'],
      results.builds.map((b) => [
        b.factor === 1 ? 'real' : `${b.factor}×`,
        b.content.municipalities,
        b.content.programmes,
        b.content.practices,
        b.pages,
        fixed(b.seconds),
        fixed(b.pagesPerSecond),
        b.growth ? fixed(b.growth.pages, 2) : '–',
        b.growth ? fixed(b.growth.time, 2) : '–',
        b.growth ? fixed(b.growth.timePerPage, 2) : '–',
      ]),
    ),
  );

  if (results.weight) {
    out.push('\n### Weight per page type (KB, raw / gzip; requests as loaded in Chromium)');
    out.push(weightTable('page', results.weight, (_, w, kind) => `${kb(w[kind].raw)} / ${kb(w[kind].gzip)}`));
  }
  if (results.signupLanguages) {
    out.push('\n### Sign-up form per language (newcomer form, KB gzip as loaded in Chromium; the previous run in brackets)');
    // Before this table existed, the one Dutch sign-up page was the "signup" page type.
    const before = (tag, kind) => previous?.signupLanguages?.[tag]?.[kind]?.gzip ?? (tag === 'nl' ? previous?.weight?.signup?.[kind]?.gzip : undefined);
    out.push(weightTable('language', results.signupLanguages, (tag, w, kind) => withPrevious(w[kind].gzip, before(tag, kind))));
  }
  if (results.search) {
    const s = results.search;
    out.push('\n### Search (Pagefind)');
    out.push(
      table(
        ['index files', 'index size', `first query "${s.query}": requests`, 'bytes fetched (raw / gzip)'],
        [[s.indexFiles, `${kb(s.indexBytes)} KB`, s.firstQuery.requests, `${kb(s.firstQuery.raw)} / ${kb(s.firstQuery.gzip)} KB`]],
      ),
    );
  }
  if (results.lighthouse) {
    out.push('\n### Lighthouse (mobile)');
    out.push(
      table(
        ['page', 'path', 'performance', 'accessibility', 'best practices', 'SEO'],
        Object.entries(results.lighthouse).map(([type, s]) => [type, s.path, s.performance, s.accessibility, s.bestPractices, s.seo]),
      ),
    );
  }
  if (results.signup) {
    out.push('\n### Sign-up function (in-process handler, Netlify Database on a PostgreSQL 15 server, mail queued and sent after the response)');
    const blobs = (r) => BLOBS_BASELINE.find((b) => b.mail === r.mail && b.concurrency === r.concurrency);
    out.push(
      table(
        ['mail', 'concurrency', 'sent', 'stored', 'failed', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'Blobs req/s', 'Blobs p50 ms'],
        results.signup.map((r) => [
          r.mail, r.concurrency, r.sent, r.stored, r.failed, fixed(r.requestsPerSecond), fixed(r.p50), fixed(r.p95), fixed(r.p99),
          blobs(r)?.requestsPerSecond ?? '', blobs(r)?.p50 ?? '',
        ]),
      ),
    );
  }
  if (results.coordinatorList) {
    const c = results.coordinatorList;
    out.push(`\n### Coordinators' list (${c.signups} sign-ups in one programme, ${c.requests} requests each, ${c.database})`);
    out.push(
      table(
        ['page', 'p50 ms', 'p95 ms'],
        [['first page', fixed(c.firstPage.p50), fixed(c.firstPage.p95)], ['last page', fixed(c.lastPage.p50), fixed(c.lastPage.p95)], ['buddies only', fixed(c.buddiesOnly.p50), fixed(c.buddiesOnly.p95)]],
      ),
    );
  }
  if (results.matching) {
    out.push('\n### Match suggestions (whole waiting group, optimal assignment; main thread heap growth is approximate)');
    out.push(table(['per side', 'ms', 'pairs', 'heap MB', 'rss MB'], results.matching.map((r) => [r.n, fixed(r.ms), r.pairs, fixed(r.peakHeapMB), fixed(r.rssMB)])));
  }
  if (results.flow) {
    const f = results.flow;
    out.push(`\n### Workspace flow (${f.people} people in one programme, ${f.requests} requests each, ${f.database})`);
    out.push(
      table(
        ['page', 'p50 ms', 'p95 ms'],
        [
          ['people, first page', fixed(f.list.firstPage.p50), fixed(f.list.firstPage.p95)],
          ['people, last page', fixed(f.list.lastPage.p50), fixed(f.list.lastPage.p95)],
          ['people, waiting newcomers', fixed(f.list.waitingNewcomers.p50), fixed(f.list.waitingNewcomers.p95)],
          ...f.suggestions.map((s) => [`suggestions, ${s.perSide} waiting per side`, fixed(s.p50), fixed(s.p95)]),
        ],
      ),
    );
  }
  out.push('\n### Targets');
  out.push(table(['target', 'met', 'measured'], targets(results).map((t) => [t.target, t.met ? 'yes' : 'NO', t.value])));
  console.log(out.join('\n'));
}

/**
 * The weekly digest over 100,000 people (bench/digest.mjs), beside the previous run's figures when
 * `previous` (the last bench/results.json) has them. Printed after the main report.
 */
export function digestReport(results, previous) {
  const d = results.digest;
  const before = previous?.digest;
  return [
    `\n### Weekly digest (${d.people.toLocaleString('en')} people in ${d.programmes} programmes, ${d.duos.toLocaleString('en')} running duos, ${d.database}; select and queue every mail)`,
    table(
      ['run', 'ms', 'mails', 'avg mail bytes', 'peak heap growth MB', 'peak rss MB'],
      [
        [`this run (${results.commit ?? '?'})`, fixed(d.ms), d.mails, d.averageMailBytes, fixed(d.peakHeapGrowthMB), fixed(d.peakRssMB)],
        ...(before ? [[`previous (${previous.commit ?? '?'})`, fixed(before.ms), before.mails, before.averageMailBytes, fixed(before.peakHeapGrowthMB), fixed(before.peakRssMB)]] : []),
      ],
    ),
  ].join('\n');
}
