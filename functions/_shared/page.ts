/**
 * The page a browser gets back when a form post without JavaScript is refused: the site's own static
 * form page (fetched from the same origin, so header, footer and styles are the real ones) with the
 * form swapped for the same form rendered with the error summary and the typed values.
 * If that page cannot be fetched, a plain page with the same form still lets the person go on.
 */
import type { FormDef } from '../../src/forms/definitions';
import { escapeHtml, renderForm, type RenderOptions } from '../../src/forms/render';

async function fetchPage(url: URL): Promise<string | undefined> {
  try {
    const res = await fetch(url, { headers: { accept: 'text/html' }, signal: AbortSignal.timeout(3000), redirect: 'follow' });
    return res.ok ? await res.text() : undefined;
  } catch {
    return undefined;
  }
}

function plainPage(title: string, content: string, backHref: string): string {
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(title)}</title></head><body><main id="inhoud"><p><a href="/">Buddywerkingen in Vlaanderen</a></p><h1>${escapeHtml(title)}</h1><p><a href="${escapeHtml(backHref)}">Terug naar het formulier</a></p>${content}</main></body></html>`;
}

/** Replaces the form element (by id) in a fetched page and marks the title as an error page. */
function swapForm(page: string, form: FormDef, replacement: string): string | undefined {
  const start = page.indexOf(`<form id="${form.id}-form"`);
  const end = start < 0 ? -1 : page.indexOf('</form>', start);
  if (end < 0) return undefined;
  return (page.slice(0, start) + replacement + page.slice(end + '</form>'.length)).replace(/<title>/, '<title>Fout: ');
}

/** The form page again with errors and values. */
export async function formPage(req: Request, form: FormDef, pagePath: string, options: RenderOptions): Promise<string> {
  const markup = renderForm(form, options);
  const page = await fetchPage(new URL(pagePath, req.url));
  return (page && swapForm(page, form, markup)) ?? plainPage('Fout in het formulier', markup, pagePath);
}

/** The form page with a message instead of the form, for refusals where the values cannot be read (413, 415, 403). */
export async function messagePage(req: Request, form: FormDef, pagePath: string, message: string): Promise<string> {
  const title = 'Je formulier kon niet verwerkt worden';
  const notice = `<div class="error-summary" tabindex="-1" autofocus role="alert"><h2>${title}</h2><p>${message}</p></div>`;
  const page = await fetchPage(new URL(pagePath, req.url));
  return (page && swapForm(page, form, notice)) ?? plainPage(title, notice, pagePath);
}

/**
 * A full site page around `main` (HTML), for the pages functions render (workspace, sign-in,
 * confirmations). Simple stand-in; the merge with issue 9 swaps in the built page shell.
 */
export function sitePage({ title, main, noindex = true }: { title: string; main: string; noindex?: boolean }): string {
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">${noindex ? '<meta name="robots" content="noindex">' : ''}<link rel="icon" href="/favicon.svg" type="image/svg+xml"><title>${escapeHtml(title)} | Buddywerkingen in Vlaanderen</title></head><body><header><p><a href="/">Buddywerkingen in Vlaanderen</a></p></header><main id="inhoud">${main}</main><footer><p><a href="/privacy/">Privacy</a> · <a href="/toegankelijkheid/">Toegankelijkheid</a></p></footer></body></html>`;
}
