import { describe, expect, it } from 'vitest';
import { isSafeUrl, sanitizeHtml, sanitizeMarkdown } from '../../src/lib/sanitize-html';
import { readAllContent } from '../../src/lib/content-files';

describe('the allow-list for HTML in Markdown bodies', () => {
  it('drops script-like elements with their content and unknown elements around their text', () => {
    const out = sanitizeHtml(
      '<p>Hallo <meta http-equiv="refresh" content="0;url=https://example.org/"><script>alert(1)</script>' +
        '<iframe src="https://example.org/"></iframe><marquee>wereld</marquee><style>p{}</style></p>',
    );
    expect(out).toBe('<p>Hallo wereld</p>');
  });

  it('keeps allowed elements but only their allowed attributes', () => {
    expect(sanitizeHtml('<b onclick="x()" class="c">vet</b>')).toBe('<b>vet</b>');
    expect(sanitizeHtml('<a href="https://www.vvsg.be/" target="_blank" style="color:red">VVSG</a>')).toBe(
      '<a href="https://www.vvsg.be/">VVSG</a>',
    );
  });

  it('refuses links and images with a dangerous target, however it is written', () => {
    for (const href of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'jav&#x09;ascript:alert(1)', '&#106;avascript:alert(1)', 'data:text/html,x', 'vbscript:x', '//evil.example/']) {
      expect(isSafeUrl(href), href).toBe(false);
      expect(sanitizeHtml(`<a href="${href.replace(/"/g, '&quot;')}">x</a>`), href).toBe('<a>x</a>');
    }
    for (const href of ['https://www.vvsg.be/', 'mailto:samenleven@vvsg.be', 'tel:+3293896810', '/gemeenten/gent/', '#doelen']) {
      expect(isSafeUrl(href), href).toBe(true);
    }
    expect(sanitizeHtml('<img src="javascript:x" onerror="alert(1)" alt="foto">')).toBe('<img alt="foto">');
  });

  it('cannot be tricked into a new attribute through quotes', () => {
    const out = sanitizeHtml(`<a href='/a" onmouseover="alert(1)' title='t"x'>y</a>`);
    expect(out).toBe('<a href="/a&quot; onmouseover=&quot;alert(1)" title="t&quot;x">y</a>');
  });

  it('drops comments, and leaves Markdown syntax and the real content untouched', () => {
    expect(sanitizeMarkdown('Tekst <!-- verborgen --> met **vet** > citaat & co\n\n- lijst')).toBe('Tekst  met **vet** > citaat & co\n\n- lijst');
    const content = readAllContent();
    for (const entry of [...content.practices, ...content.handbooks]) {
      expect(sanitizeMarkdown(entry.body ?? ''), entry.file).toBe(entry.body ?? '');
    }
  });
});
