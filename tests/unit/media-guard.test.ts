import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkMediaFolder, mediaFileProblem } from '../../src/lib/media-guard';

const bytes = (...values: number[]) => Buffer.from([...values, 0, 0, 0, 0]);

describe('the media folder guard', () => {
  it('accepts images, PDFs and office documents that are what their name says', () => {
    expect(mediaFileProblem('foto.png', bytes(0x89, 0x50, 0x4e, 0x47))).toBeUndefined();
    expect(mediaFileProblem('foto.JPG', bytes(0xff, 0xd8, 0xff))).toBeUndefined();
    expect(mediaFileProblem('verslag.pdf', Buffer.from('%PDF-1.7\n'))).toBeUndefined();
    expect(mediaFileProblem('plan.docx', bytes(0x50, 0x4b, 0x03, 0x04))).toBeUndefined();
    expect(mediaFileProblem('oud.doc', bytes(0xd0, 0xcf, 0x11, 0xe0))).toBeUndefined();
    expect(mediaFileProblem('logo.svg', Buffer.from('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><circle r="4"/></svg>'))).toBeUndefined();
  });

  it('refuses scripts, pages, unknown types, disguised files and SVGs with script', () => {
    expect(mediaFileProblem('x.js', Buffer.from('alert(1)'))).toMatch(/\.js is niet toegelaten/);
    expect(mediaFileProblem('x.html', Buffer.from('<html>'))).toMatch(/niet toegelaten/);
    expect(mediaFileProblem('x', Buffer.from('x'))).toMatch(/zonder extensie/);
    expect(mediaFileProblem('x.png', Buffer.from('<script>alert(1)</script>'))).toMatch(/geen echt \.png/);
    expect(mediaFileProblem('x.svg', Buffer.from('<svg><script>alert(1)</script></svg>'))).toBe('SVG met script');
    expect(mediaFileProblem('x.svg', Buffer.from('<svg onload="alert(1)"></svg>'))).toBe('SVG met script');
    expect(mediaFileProblem('x.svg', Buffer.from('<html><svg></svg></html>'))).toBe('geen SVG-afbeelding');
  });

  const dir = mkdtempSync(join(tmpdir(), 'media-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('names every refused file in the folder, also in subfolders', () => {
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'ok.pdf'), '%PDF-1.4');
    writeFileSync(join(dir, 'sub', 'evil.js'), 'alert(1)');
    writeFileSync(join(dir, '.gitkeep'), '');
    const problems = checkMediaFolder(dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/sub\/evil\.js: bestandstype \.js is niet toegelaten/);
    expect(checkMediaFolder(join(dir, 'does-not-exist'))).toEqual([]);
  });
});
