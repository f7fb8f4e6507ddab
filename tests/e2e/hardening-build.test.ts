/**
 * The build is the guard for what editors put in the content: raw HTML in a Markdown body goes
 * through the allow-list before it reaches a page or the open data, and a file in public/media/ that
 * is not an image, PDF or office document stops the build. Runs real builds of a copy of the project.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildProject, copyProject, removeProject } from '../../bench/project.mjs';

const ATTACK = [
  '',
  'Een zin die blijft staan.',
  '',
  '<meta http-equiv="refresh" content="0;url=https://example.org/">',
  '<script>window.hacked = 1</script>',
  '',
  '<p onclick="window.hacked = 2">Klik <a href="javascript:window.hacked=3">hier</a>.</p>',
  '',
].join('\n');

describe('a build with hostile content', () => {
  const dir = copyProject('hardening');
  afterAll(() => removeProject(dir));

  it('sanitises raw HTML in Markdown bodies on the page and in /data/praktijken.json', () => {
    appendFileSync(join(dir, 'content', 'practices', 'buddywerking.md'), ATTACK);
    const { dist } = buildProject(dir);
    const page = readFileSync(join(dist, 'praktijken', 'buddywerking', 'index.html'), 'utf8');
    const json = readFileSync(join(dist, 'data', 'praktijken.json'), 'utf8');
    for (const output of [page, json]) {
      expect(output).toContain('Een zin die blijft staan.');
      expect(output).not.toMatch(/http-equiv|window\.hacked|onclick|javascript:/i);
    }
    expect(page).toMatch(/<p>Klik <a>hier<\/a>\.<\/p>/);
  }, 300_000);

  it('stops on a file in public/media/ that is not an image, PDF or office document', () => {
    mkdirSync(join(dir, 'public', 'media'), { recursive: true });
    writeFileSync(join(dir, 'public', 'media', 'foto.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]));
    writeFileSync(join(dir, 'public', 'media', 'upload.js'), 'alert(1)');
    let stderr = '';
    try {
      execFileSync('npx', ['astro', 'build'], { cwd: dir, stdio: 'pipe', env: { ...process.env, ASTRO_CACHE_DIR: join(dir, '.cache', 'astro') } });
    } catch (error) {
      stderr = String((error as { stderr?: Buffer }).stderr ?? '') + String((error as { stdout?: Buffer }).stdout ?? '');
    }
    expect(stderr).toContain('public/media/upload.js: bestandstype .js is niet toegelaten');
    expect(stderr).not.toContain('foto.png');
  }, 300_000);
});
