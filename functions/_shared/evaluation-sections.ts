/**
 * The mid-term evaluation form of one duo, from the build's "tussentijdse evaluatie" template with the
 * duo's agreements filled in: in Dutch (what is posted and stored, and the order the coordinator reads
 * the answers in) or as a member reads it.
 */
import { EVALUATION_TEMPLATE, evaluationSections, type Section } from '../../src/lib/evaluation-form';
import { durationText, frequencyText } from '../../src/lib/duo-terms';
import { DUTCH, isolate, templateText, type LanguageStrings } from '../../src/lib/i18n';
import { siteContent } from './content';
import type { Duo } from './duos';

export function duoEvaluationSections(duo: Duo | undefined, lang: LanguageStrings = DUTCH): Section[] {
  const template = siteContent().templates.get(EVALUATION_TEMPLATE);
  if (!template) throw new Error(`Het sjabloon ${EVALUATION_TEMPLATE} ontbreekt in het manifest van de bouw`);
  const programme = duo ? siteContent().programmes.get(duo.programme) : undefined;
  // The programme's name stays as written (isolated in a right-to-left sentence); the agreed duration
  // and frequency are the site's words, in the reader's language.
  const values = {
    programma: programme?.label && isolate(programme.label, lang.language.direction),
    duur: duo ? durationText(duo.durationMonths, lang.strings) : undefined,
    frequentie: duo ? frequencyText(duo.meetingsPerMonth, lang.strings) : undefined,
  };
  return evaluationSections(template.body, values, (dutch) => templateText(lang, dutch));
}
