/**
 * GET /buddy/zoeken/?waar=<postcode or place>&taal=<tag>: the programme finder's answer as a page, in
 * the person's language (Dutch when the tag is unknown). Works without JavaScript: the finder on
 * /buddy/ (and /<tag>/buddy/) is a plain GET form.
 */
import type { Config } from '@netlify/functions';
import { findProgrammes } from '../src/lib/finder';
import { finderAnswer } from '../src/lib/finder-html';
import { escapeHtml } from '../src/forms/render';
import { siteContent } from './_shared/content';
import { empty, html } from './_shared/http';
import { sitePage } from './_shared/page';

/** Longer than any postcode or Belgian place name: the rest is not a place. */
const MAX_QUERY = 80;

export default async (req: Request): Promise<Response> => {
  if (req.method !== 'GET') return empty(405, { allow: 'GET' });
  const url = new URL(req.url);
  const content = siteContent();
  const lang = content.languages.get(url.searchParams.get('taal') ?? 'nl') ?? content.languages.get('nl')!;
  const query = (url.searchParams.get('waar') ?? '').slice(0, MAX_QUERY);
  const result = findProgrammes(query, content.localities, content.municipalities);
  const { title, main } = finderAnswer(lang, result, content.settings.contactEmail);
  const notice = lang.language.checked ? '' : `<p class="notice">${escapeHtml(lang.strings.language_unchecked)}</p>`;
  const page = sitePage({ title, main: notice + main, lang: lang.language.tag, dir: lang.language.direction });
  // Nothing personal is kept: the answer depends only on the place typed; no log line holds it.
  return html(200, page);
};

export const config: Config = { path: ['/buddy/zoeken', '/buddy/zoeken/'], method: 'GET' };
