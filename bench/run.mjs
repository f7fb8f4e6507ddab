// `npm run bench`: measures and prints (it never fails on a figure) and writes bench/results.json.
//   BENCH_SCALES=10,50            content multipliers for the synthetic builds ("" for none)
//   BENCH_SKIP=lighthouse,signup  sections to leave out (build, pages, lighthouse, synthetic, signup, matching, digest, flow)
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { buildProject, contentCounts, copyProject, multiplyContent, removeProject, ROOT } from './project.mjs';
import { measurePages, pageTypes } from './pages.mjs';
import { lighthouseScores } from './lighthouse.mjs';
import { benchCoordinatorList, benchSignup } from './signup.mjs';
import { benchMatching } from './matching.mjs';
import { benchDigest } from './digest.mjs';
import { benchFlow } from './flow.mjs';
import { loadTs } from './ts.mjs';
import { digestReport, printReport } from './report.mjs';

const scales = (process.env.BENCH_SCALES ?? '10,50').split(',').map(Number).filter((n) => n > 1);
const skip = new Set((process.env.BENCH_SKIP ?? '').split(',').map((s) => s.trim()).filter(Boolean));
const log = (message) => process.stderr.write(`[bench] ${message}\n`);

function gitCommit() {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT }).toString().trim();
  } catch {
    return undefined;
  }
}

/** Builds a copy of the project with the content multiplied by `factor` (1 = the real content). */
async function timedBuild(factor, keep) {
  const dir = copyProject(factor === 1 ? 'real' : `x${factor}`);
  try {
    if (factor > 1) await multiplyContent(dir, factor);
    const content = await contentCounts(dir);
    log(`build ×${factor}: ${content.municipalities} gemeenten, ${content.programmes} werkingen, ${content.practices} praktijken…`);
    const build = buildProject(dir);
    log(`build ×${factor}: ${build.seconds.toFixed(1)} s, ${build.pages} pages`);
    return { factor, content, seconds: build.seconds, pages: build.pages, pagesPerSecond: build.pages / build.seconds, dir, dist: build.dist };
  } catch (error) {
    removeProject(dir);
    throw new Error(`build ×${factor} failed: ${String(error.stderr ?? error.message).slice(-2000)}`);
  } finally {
    if (!keep) removeProject(dir);
  }
}

const results = {
  date: new Date().toISOString(),
  commit: gitCommit(),
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version },
  builds: [],
};

const real = await timedBuild(1, true);
results.builds.push(real);
try {
  if (!skip.has('pages') || !skip.has('lighthouse')) {
    const { serveStatic } = await loadTs('tests/support/static-server.ts');
    const server = await serveStatic(real.dist);
    try {
      if (!skip.has('pages')) {
        log('page weight and search in Chromium…');
        Object.assign(results, await measurePages(real.dist, server.url));
      }
      if (!skip.has('lighthouse')) {
        results.lighthouse = {};
        for (const [type, path] of Object.entries(pageTypes(real.dist))) {
          log(`lighthouse ${type} ${path}…`);
          results.lighthouse[type] = { path, ...(await lighthouseScores(server.url + path)) };
        }
      }
    } finally {
      await server.close();
    }
  }
} finally {
  removeProject(real.dir);
}

// A second real build: the first one on a fresh machine also pays for cold disk caches.
results.builds.push(await timedBuild(1, false));
if (!skip.has('synthetic')) {
  for (const factor of scales) results.builds.push(await timedBuild(factor, false));
}
// Growth from the next smaller size (its fastest build): time ratio over page ratio; 1.0 is linear.
for (const build of results.builds) {
  delete build.dir;
  delete build.dist;
  const smaller = results.builds.filter((b) => b.factor < build.factor).filter((b, _, all) => b.factor === Math.max(...all.map((a) => a.factor)));
  if (smaller.length === 0) continue;
  const previous = smaller.reduce((a, b) => (b.seconds < a.seconds ? b : a));
  build.growth = { pages: build.pages / previous.pages, time: build.seconds / previous.seconds };
  build.growth.timePerPage = build.growth.time / build.growth.pages;
}

if (!skip.has('signup')) {
  log('sign-up function…');
  results.signup = [...(await benchSignup({ smtp: true })), ...(await benchSignup({ smtp: false }))];
  log('coordinators\' list with 10,000 sign-ups…');
  results.coordinatorList = await benchCoordinatorList();
}

if (!skip.has('matching')) {
  log('match suggestions for 100, 500 and 1,000 waiting per side…');
  results.matching = await benchMatching();
}

if (!skip.has('digest')) {
  log('weekly digest over 100,000 people in 300 programmes…');
  results.digest = await benchDigest();
}

if (!skip.has('flow')) {
  log('workspace flow: people list with 1,000 people, suggestions page for 100, 250 and 500 waiting per side…');
  results.flow = await benchFlow();
}

const output = join(ROOT, 'bench', 'results.json');
// The previous run's figures, printed beside this run's where a section compares them.
const previous = existsSync(output) ? JSON.parse(readFileSync(output, 'utf8')) : undefined;
writeFileSync(output, JSON.stringify(results, null, 2) + '\n');
printReport(results, previous);
log(`results written to ${output}`);
if (results.digest) console.log(digestReport(results, previous));
