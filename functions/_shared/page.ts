/**
 * Pages a function answers with, filled into what the build produced (src/lib/site-manifest.ts):
 * a refused form post gets its own page back with the form in its marked slot (errors and typed
 * values), anything else goes into the site's page shell (header, footer, styles). No page is fetched
 * over HTTP and no markup is cut by guessing: the slots are marked by the build.
 */
import type { FormDef } from '../../src/forms/definitions';
import { escapeHtml, renderForm, type RenderOptions } from '../../src/forms/render';
import { DUTCH_FORM_WORDS } from '../../src/forms/markup';
import { DIR_SLOT, LANG_SLOT, MAIN_SLOT, TITLE_SLOT, fillSlot, formSlot, hasSlot } from '../../src/lib/page-slots';
import { SHELL_PATH } from '../../src/lib/site-manifest';
import { siteContent } from './content';

/**
 * A whole site page around `main` (HTML), with its title, in a language (Dutch by default); every
 * function-rendered page is noindex by the shell.
 */
export function sitePage({ title, main, lang = 'nl', dir = 'ltr' }: { title: string; main: string; lang?: string; dir?: 'ltr' | 'rtl' }): string {
  const shell = siteContent().pages[SHELL_PATH];
  if (!shell) throw new Error(`Het paginasjabloon ${SHELL_PATH} ontbreekt in het manifest van de bouw`);
  const filled = [
    [TITLE_SLOT, escapeHtml(title)],
    [LANG_SLOT, escapeHtml(lang)],
    [DIR_SLOT, dir],
    [MAIN_SLOT, main],
  ] as const;
  return filled.reduce((page, [slot, value]) => fillSlot(page, slot, value), shell);
}

/** The built page that holds this form, or the shell with just the form when that page is not at hand. */
function pageWithForm(form: FormDef, pagePath: string, title: string, replacement: string): string {
  const page = siteContent().pages[pagePath];
  const slot = formSlot(form.id);
  const error = (form.words ?? DUTCH_FORM_WORDS).error;
  if (page && hasSlot(page, slot)) return fillSlot(page, slot, replacement).replace(/<title>/, `<title>${escapeHtml(error)}: `);
  return sitePage({ title: `${error}: ${title}`, main: `<h1>${escapeHtml(title)}</h1>${replacement}`, lang: form.lang, dir: form.dir });
}

/** The form page again with errors and values. */
export function formPage(form: FormDef, pagePath: string, options: RenderOptions): string {
  return pageWithForm(form, pagePath, 'Fout in het formulier', renderForm(form, options));
}

/**
 * The form page with a message instead of the form, for refusals where the values cannot be read (413, 415,
 * 403), under `title`; where the message names `linkPath`, that address is a link.
 */
export function messagePage(form: FormDef, pagePath: string, title: string, message: string, linkPath?: string): string {
  let text = escapeHtml(message);
  if (linkPath) text = text.replace(escapeHtml(linkPath), `<a href="${escapeHtml(linkPath)}">${escapeHtml(linkPath)}</a>`);
  const notice = `<div class="error-summary" tabindex="-1" autofocus role="alert"><h2>${escapeHtml(title)}</h2><p>${text}</p></div>`;
  return pageWithForm(form, pagePath, title, notice);
}
