/** The confirmation page after a form post and the fixed mail texts to people (nothing they typed). */
import { escapeHtml } from '../../src/forms/render';
import { fill } from '../../src/lib/i18n';

export interface Confirmation {
  title: string;
  /** What was sent, as a sentence (already escaped HTML). */
  sent: string;
  /** What happens next, one sentence each (already escaped HTML). */
  next: string[];
  reference: string;
  /** The page's own words, in the person's language (Dutch by default). */
  words?: ConfirmationWords;
}

export interface ConfirmationWords {
  nextTitle: string;
  /** The sentence with the reference, with "{reference}". */
  reference: string;
  home: string;
  /** Where "home" leads: a translated page's way in, since the rest of the site is Dutch. */
  homePath?: string;
}

const DUTCH_WORDS: ConfirmationWords = {
  nextTitle: 'Wat gebeurt er nu?',
  reference: 'Je referentie: {reference}. Vermeld ze als je ons hierover mailt.',
  home: 'Terug naar de startpagina',
};

export function confirmationHtml(c: Confirmation): string {
  const words = c.words ?? DUTCH_WORDS;
  return (
    `<h1>${escapeHtml(c.title)}</h1>` +
    `<p class="lead">${c.sent}</p>` +
    `<h2>${escapeHtml(words.nextTitle)}</h2><ul>${c.next.map((line) => `<li>${line}</li>`).join('')}</ul>` +
    `<p>${fill(escapeHtml(words.reference), { reference: `<strong class="reference">${escapeHtml(c.reference)}</strong>` })}</p>` +
    `<p><a href="${escapeHtml(words.homePath ?? '/')}">${escapeHtml(words.home)}</a></p>`
  );
}

export const signature = (siteName: string, regards = 'Met vriendelijke groeten,') => `\n\n${regards}\n${siteName}`;

/** What every mail to a person says about privacy. */
export const privacyLine = (privacyEmail: string, months: number) =>
  `We bewaren je gegevens hoogstens ${months} maanden. Wil je ze inkijken, laten verbeteren of laten wissen? Mail naar ${privacyEmail}. Meer uitleg: de pagina Privacy op onze website.`;
