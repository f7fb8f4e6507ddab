/** The confirmation page after a form post and the fixed mail texts to people (nothing they typed). */
import { escapeHtml } from '../../src/forms/render';

export interface Confirmation {
  title: string;
  /** What was sent, as a sentence (already escaped HTML). */
  sent: string;
  /** What happens next, one sentence each (already escaped HTML). */
  next: string[];
  reference: string;
}

export function confirmationHtml(c: Confirmation): string {
  return (
    `<h1>${escapeHtml(c.title)}</h1>` +
    `<p class="lead">${c.sent}</p>` +
    `<h2>Wat gebeurt er nu?</h2><ul>${c.next.map((line) => `<li>${line}</li>`).join('')}</ul>` +
    `<p>Je referentie: <strong class="reference">${escapeHtml(c.reference)}</strong>. Vermeld ze als je ons hierover mailt.</p>` +
    `<p><a href="/">Terug naar de startpagina</a></p>`
  );
}

export const signature = (siteName: string) => `\n\nMet vriendelijke groeten,\n${siteName}`;

/** What every mail to a person says about privacy. */
export const privacyLine = (privacyEmail: string, months: number) =>
  `We bewaren je gegevens hoogstens ${months} maanden. Wil je ze inkijken, laten verbeteren of laten wissen? Mail naar ${privacyEmail}. Meer uitleg: de pagina Privacy op onze website.`;
