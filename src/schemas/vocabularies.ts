/**
 * Fixed vocabularies shared by the content schemas, the CMS selects, the search filters and the
 * open-data export. Values are the Dutch labels readers see; `slugify` turns them into URL parts.
 */
import { z } from 'astro/zod';
import { labelledEnum } from './meta';

/** Categories of the VVSG practice database ("Categorie" on a card). */
export const CATEGORIES = ['Inclusieve vrije tijd', 'Ontmoeting & participatie', 'Taalbeleid'] as const;
export const categorySchema = z.enum(CATEGORIES);

/** Policy domains ("Beleidsdomeinen" on a card). */
export const POLICY_DOMAINS = ['Sociaal beleid', 'Taalbeleid', 'Vrije tijd', 'Vrijwilligerswerk'] as const;
export const policyDomainSchema = z.enum(POLICY_DOMAINS);

/** The five Flemish provinces (by postal code, see shared/data/README.md). */
export const PROVINCES = [
  'Antwerpen',
  'Limburg',
  'Oost-Vlaanderen',
  'Vlaams-Brabant',
  'West-Vlaanderen',
] as const;
export const provinceSchema = z.enum(PROVINCES);

/** Themes of the success-factor and pitfall library: the phases and concerns of a buddy programme. */
export const THEMES = {
  werving: 'Werving',
  intake: 'Intake en screening',
  matching: 'Matching en start',
  opvolging: 'Opvolging, coaching en vorming',
  'rollen-en-grenzen': 'Rollen en grenzen',
  afspraken: 'Afspraken en kader',
  afronding: 'Afronding',
  communicatie: 'Communicatie',
  partners: 'Partners en netwerk',
  organisatie: 'Organisatie en omkadering',
  doelgroep: 'Doelgroep en verwachtingen',
} as const;
export type Theme = keyof typeof THEMES;
export const themeSchema = labelledEnum(THEMES);

/** Kinds of lesson: what works, and what to watch out for. */
export const LESSON_KINDS = { succesfactor: 'Succesfactor', valkuil: 'Valkuil of uitdaging' } as const;
export type LessonKind = keyof typeof LESSON_KINDS;
export const lessonKindSchema = labelledEnum(LESSON_KINDS);

/** Lower-case, accent-free, hyphenated: "Ontmoeting & participatie" → "ontmoeting-participatie". */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
