/**
 * The programme finder's markup, in the person's language: the form (on the static page and again on
 * every answer) and the answer the finder's function renders (src/lib/finder.ts decides what it says).
 */
import type { FinderResult, NearbyMunicipality } from './finder';
import { NEARBY_KM } from './finder';
import { fill, localePath, type LanguageStrings } from './i18n';
import { municipalityUrl, signupUrl } from './format';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const esc = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

/** Where the finder's form is answered (functions/buddy-zoeken.ts). */
export const FINDER_ACTION = '/buddy/zoeken/';

/** The finder's GET form; `error` marks the field invalid with a message. */
export function finderForm({ language, strings }: LanguageStrings, value = '', error?: string): string {
  const described = ['finder-hint', error && 'finder-error'].filter(Boolean).join(' ');
  return (
    `<form class="form finder" action="${FINDER_ACTION}" method="get" role="search" aria-labelledby="finder-title">` +
    `<input type="hidden" name="taal" value="${esc(language.tag)}">` +
    `<div class="form-field${error ? ' form-field--error' : ''}">` +
    `<label class="form-label" for="finder-waar">${esc(strings.finder_label)}</label>` +
    `<p class="form-hint" id="finder-hint">${esc(strings.finder_hint)}</p>` +
    (error ? `<p class="form-error" id="finder-error">${esc(error)}</p>` : '') +
    `<input type="text" id="finder-waar" name="waar" value="${esc(value)}" autocomplete="postal-code" required aria-describedby="${described}"${error ? ' aria-invalid="true"' : ''}>` +
    `</div><button type="submit" class="button">${esc(strings.finder_button)}</button></form>`
  );
}

function nearbyItem({ strings }: LanguageStrings, { municipality, km }: NearbyMunicipality): string {
  return `<li><a href="${municipalityUrl(municipality.id)}" lang="nl">${esc(fill(strings.finder_distance, { municipality: municipality.name, km }))}</a></li>`;
}

/** The answer page's content: a heading, what is known, and the form to search again. */
export function finderAnswer(lang: LanguageStrings, result: FinderResult, contactEmail: string): { title: string; main: string } {
  const { strings } = lang;
  const form = (value: string, error?: string) =>
    `<h2 id="finder-title">${esc(strings.finder_again)}</h2>${finderForm(lang, value, error)}`;
  if (result.kind === 'empty') {
    return { title: strings.finder_title, main: `<h1>${esc(strings.finder_title)}</h1>${form('', strings.finder_empty)}` };
  }
  if (result.kind === 'unknown') {
    const message = fill(strings.finder_unknown, { query: result.query });
    return { title: strings.finder_title, main: `<h1>${esc(strings.finder_title)}</h1>${form(result.query, message)}` };
  }
  const title = fill(strings.finder_resultTitle, { place: result.place });
  const parts = [`<h1>${esc(title)}</h1>`];
  for (const municipality of result.own) {
    if (municipality.programmes.length === 0) {
      parts.push(`<p>${esc(fill(strings.finder_ownNoDetails, { municipality: municipality.name }))} <a href="${municipalityUrl(municipality.id)}" lang="nl">${esc(municipality.name)}</a></p>`);
      continue;
    }
    parts.push(`<p>${esc(fill(strings.finder_own, { municipality: municipality.name }))}</p><ul class="finder-programmes">`);
    for (const programme of municipality.programmes) {
      const href = programme.acceptsSignups ? localePath(lang.language.tag, signupUrl(programme.id)) : `${municipalityUrl(municipality.id)}#${programme.id.split('/')[1]}`;
      const text = fill(programme.acceptsSignups ? strings.finder_signUp : strings.finder_moreInfo, { programme: programme.label });
      parts.push(`<li><a class="${programme.acceptsSignups ? 'button' : ''}" href="${href}">${esc(text)}</a></li>`);
    }
    parts.push('</ul>');
  }
  if (result.nearby.length) {
    parts.push(`<h2>${esc(fill(strings.finder_nearbyTitle, { km: NEARBY_KM }))}</h2><p>${esc(strings.finder_nearbyNote)}</p>`);
    parts.push(`<ul class="finder-nearby">${result.nearby.map((n) => nearbyItem(lang, n)).join('')}</ul>`);
  }
  if (result.own.length === 0 && result.nearby.length === 0) {
    parts.push(`<p>${esc(fill(strings.finder_none, { place: result.place }))}</p>`);
    parts.push(`<p>${esc(fill(strings.finder_askMunicipality, { email: '\u0000' })).replace('\u0000', `<a href="mailto:${esc(contactEmail)}">${esc(contactEmail)}</a>`)}</p>`);
  }
  parts.push(form(result.query));
  return { title, main: parts.join('') };
}
