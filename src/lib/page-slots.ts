/**
 * Marked slots in built pages that a function fills in (no HTML parsing, no guessing by tag): the
 * build leaves the markers in the pages it hands to the functions (src/lib/site-manifest.ts), and
 * `fillSlot` replaces what is between them. A missing or repeated marker is an error, never a guess.
 */

/** Around a public form: the function puts the same form back, with errors and the typed values. */
export const formSlot = (formId: string) => ({ start: `<!--slot:form:${formId}-->`, end: `<!--/slot:form:${formId}-->` });
/** The page shell: the title (plain text inside <title>, where a comment would be shown), and the main content. */
export const TITLE_SLOT = { start: '[[slot:title]]', end: '[[/slot:title]]' };
export const MAIN_SLOT = { start: '<!--slot:main-->', end: '<!--/slot:main-->' };
/** The shell's language and writing direction (attribute values of <html>). */
export const LANG_SLOT = { start: '[[slot:lang]]', end: '[[/slot:lang]]' };
export const DIR_SLOT = { start: '[[slot:dir]]', end: '[[/slot:dir]]' };

export interface Slot {
  start: string;
  end: string;
}

/** Replaces one slot, markers and all, with the content. */
export function fillSlot(page: string, slot: Slot, content: string): string {
  const first = page.indexOf(slot.start);
  const end = page.indexOf(slot.end, first);
  if (first < 0 || end < 0 || page.indexOf(slot.start, first + 1) >= 0) {
    throw new Error(`Pagina zonder (of met meer dan één) plaats ${slot.start}: bouw de site opnieuw`);
  }
  return page.slice(0, first) + content + page.slice(end + slot.end.length);
}

export const hasSlot = (page: string, slot: Slot) => page.includes(slot.start) && page.includes(slot.end);
