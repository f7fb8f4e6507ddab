/** The path's pure rules: moves by hand, reading older sign-ups, the intake's start and profile, the evaluation form and the action plan from their templates. */
import { describe, expect, it } from 'vitest';
import { canMove, daysSince, intakeStart, languageCodesFrom, profileOf, readIntake } from '../../src/lib/flow-path';
import { answersOf, evaluationSections } from '../../src/lib/evaluation-form';
import { fillActionPlanBlocks } from '../../src/lib/starterkit/action-plan';
import { parseTemplate, plainText } from '../../src/lib/starterkit/markdown';
import { readTemplates } from '../../src/lib/starterkit/read-templates';
import { intakeSchema } from '../../src/schemas/intake';

const templates = new Map(readTemplates().map((t) => [t.id, t]));

describe('the path of a person', () => {
  it('allows only the moves a coordinator makes by hand', () => {
    expect(canMove('new', 'intake-planned')).toBe(true);
    expect(canMove('intake-done', 'waiting')).toBe(true);
    expect(canMove('new', 'waiting')).toBe(false);
    expect(canMove('waiting', 'matched')).toBe(false);
    expect(canMove('matched', 'stopped')).toBe(false);
    expect(canMove('finished', 'waiting')).toBe(false);
  });

  it('counts whole days', () => {
    expect(daysSince(new Date('2026-11-01T10:00:00Z'), new Date('2026-11-22T09:59:00Z'))).toBe(20);
    expect(daysSince(new Date('2026-11-23T10:00:00Z'), new Date('2026-11-22T10:00:00Z'))).toBe(0);
  });

  it("reads languages from today's codes and from older free text", () => {
    expect(languageCodesFrom(['nl', 'ar', 'xx', 3])).toEqual(['nl', 'ar']);
    expect(languageCodesFrom('Nederlands, Frans en Arabisch')).toEqual(['nl', 'fr', 'ar']);
    expect(languageCodesFrom('Українська')).toEqual(['uk']);
    expect(languageCodesFrom(undefined)).toEqual([]);
  });

  it('starts an intake from the sign-up, or from the stored intake', () => {
    expect(intakeStart(null, { languages: ['ar'], availability: ['wo-nm', 'nooit'], postalCode: '3800', dutchLevel: 'beetje', interests: 'Koken, schaken' })).toEqual({
      languages: ['ar'],
      availability: ['wo-nm'],
      interests: ['koken'],
      otherInterests: 'schaken',
      postalCode: '3800',
      dutchLevel: 'beetje',
    });
    expect(intakeStart({ postalCode: '1000' }, { postalCode: '3800' })).toEqual({ postalCode: '1000' });
  });

  it('turns an intake into a matching profile with the postcode position', () => {
    const intake = intakeSchema.parse({ languages: ['nl'], postalCode: '3800', interests: ['koken'], otherInterests: 'schaken, tuin' });
    const profile = profileOf({ id: 'a', firstName: 'An', waitingDays: 3 }, intake, [{ postalCode: '3800', name: 'Sint-Truiden', lat: 50.8, lon: 5.2 }]);
    expect(profile).toMatchObject({ id: 'a', interests: ['Koken', 'schaken', 'tuin'], position: { lat: 50.8, lon: 5.2 }, waitingDays: 3 });
    expect(readIntake({ languages: [] })).toBeUndefined();
  });

  it('never asks religion, health or origin', () => {
    const fields = Object.keys(intakeSchema.shape).join(' ');
    expect(fields).not.toMatch(/relig|geloof|health|gezond|origin|afkomst|nation/i);
  });
});

describe('documents from the starter kit', () => {
  it('the evaluation form asks every section of the template, with the table as choices', () => {
    const sections = evaluationSections(templates.get('tussentijdse-evaluatie')!.body, { frequentie: '2 keer per maand' });
    expect(sections.map((s) => s.heading)).toEqual([
      'Hoe vaak zien jullie elkaar?',
      'Wat hebben jullie samen gedaan?',
      'Hoe loopt het?',
      'Wat loopt goed?',
      'Wat loopt minder goed?',
      'Grenzen en rollen',
      'Tips voor de werking',
      'Afspraken voor de tweede helft',
    ]);
    expect(sections[0].intro).toContain('Afgesproken: 2 keer per maand.');
    const table = sections[2].questions;
    expect(table.map((q) => q.label)).toContain('Ons contact');
    expect(table[0]).toMatchObject({ kind: 'choice', options: ['Goed', 'Gaat wel', 'Niet goed'] });
    // Two blank lines under one heading are one answer.
    expect(sections[1].questions).toHaveLength(1);
    const name = table[0].name;
    expect(answersOf(sections, (n) => (n === name ? 'Goed' : null))).toEqual({ answers: { 'Hoe loopt het? · Ons contact': 'Goed' } });
    expect(answersOf(sections, (n) => (n === name ? 'Prima' : null)).problem).toEqual({ kind: 'choice', name });
    expect(answersOf(sections, () => null).problem).toEqual({ kind: 'empty' });
    // An answer to a section's heading itself (no label of its own) is stored under the heading.
    const done = sections[1].questions[0].name;
    expect(answersOf(sections, (n) => (n === done ? 'Koken' : null)).answers).toEqual({ 'Wat hebben jullie samen gedaan?': 'Koken' });
  });

  it('the action plan gets both names, the start date and the agreements in the template’s open places', () => {
    const blocks = fillActionPlanBlocks(parseTemplate(templates.get('handelingsplan')!.body), {
      buddyName: 'Bram Claes',
      newcomerName: 'Amina Haddad',
      startedOn: '1 december 2026',
      tasks: 'Bibliotheek\nFietsen\nKoken\nMarkt',
      contact: 'Woensdag',
    });
    const table = blocks.find((b) => b.type === 'table' && plainText(b.header[0]) === 'Rol');
    expect(table?.type === 'table' && table.rows.map((r) => plainText(r[1]))).toEqual(['Amina Haddad', 'Bram Claes', '', '{{coordinator}}']);
    const lines = blocks.filter((b) => b.type === 'paragraph').map((b) => (b.type === 'paragraph' ? plainText(b.content) : ''));
    expect(lines).toEqual(expect.arrayContaining(['Startdatum: 1 december 2026', 'Taak 1: Bibliotheek', 'Taak 3: Koken; Markt', 'Dag, plaats en manier van contact: Woensdag']));
    // What the duo did not agree stays open to write on.
    expect(blocks.some((b) => b.type === 'field' && plainText(b.label) === 'Andere afspraken:')).toBe(true);
  });
});
