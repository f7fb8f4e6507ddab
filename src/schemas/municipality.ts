/** A municipality (gemeente) that runs one or more buddy programmes. */
import { z } from 'astro/zod';
import { idReference, type IdReference, type ReferenceFactory } from './reference';
import { provinceSchema } from './vocabularies';
import { contactSchema, linkSchema, text } from './common';

export const fundingSchema = z.object({
  /** Funding scheme, e.g. "AMIF-proeftuin 'sociale netwerken en participatie'". */
  name: text('De financiering'),
  /** First month, YYYY-MM. */
  from: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Geef een maand als JJJJ-MM')
    .optional(),
  /** Last month, YYYY-MM. */
  to: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Geef een maand als JJJJ-MM')
    .optional(),
});

export const factSchema = z.object({
  /** What is counted, e.g. "duo's samengebracht". */
  label: text('Het label'),
  /** The figure as the source gives it, e.g. "meer dan 100". */
  value: text('De waarde'),
});

export const programmeSchema = <R extends z.ZodType = IdReference>(
  ref: ReferenceFactory<R> = idReference as unknown as ReferenceFactory<R>,
) =>
  z.object({
    /** URL part, unique within the municipality, e.g. "samen-op-pad". */
    slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Gebruik kleine letters, cijfers en koppeltekens'),
    /** Local name, e.g. "Omarmd" or "Samen op pad"; left out when the source gives none. */
    name: z.string().optional(),
    /** The practice card this programme implements. */
    practice: ref('practices'),
    /** What the source says about it, one paragraph or bullet per item. */
    description: z.array(text('Een alinea')).default([]),
    /** Year it started. */
    startYear: z.number().int().min(1990).max(2100).optional(),
    /** Figures from the source, e.g. 250 duo's. */
    facts: z.array(factSchema).default([]),
    /** Partner organisations. */
    partners: z.array(text('Een partner')).default([]),
    /** Who it is for, where the source says so. */
    targetGroup: z.string().optional(),
    /** External funding, e.g. an AMIF pilot with its period. */
    funding: fundingSchema.optional(),
    /** Contacts; label always, a channel only where the source gives one. */
    contacts: z.array(contactSchema).default([]),
    /** Further links (articles, videos, websites). */
    links: z.array(linkSchema).default([]),
    /** Whether citizens can sign up online through this site. */
    acceptsSignups: z.boolean().default(false),
    /** Address that receives sign-ups; without it they go to the site's contact address. */
    coordinatorEmail: z.email({ message: 'Geef een geldig e-mailadres' }).optional(),
  });
export type ProgrammeData = z.infer<ReturnType<typeof programmeSchema>>;

export const municipalitySchema = <R extends z.ZodType = IdReference>(
  ref: ReferenceFactory<R> = idReference as unknown as ReferenceFactory<R>,
) =>
  z.object({
    /** Name as the source uses it, e.g. "Zingem". */
    name: text('De naam'),
    /** Municipality it is part of after a merger, e.g. "Kruisem"; left out when unchanged. */
    currentMunicipality: z.string().optional(),
    /** Lead-in sentence about the municipality's programmes, e.g. "Sint-Niklaas heeft verschillende buddywerkingen:". */
    intro: z.string().optional(),
    /** Flemish province. */
    province: provinceSchema,
    /** Main postal code, four digits. */
    postalCode: z.string().regex(/^[1-9]\d{3}$/, 'Geef een postcode van vier cijfers'),
    /** WGS84 coordinates of the centre, from shared/data. */
    coordinates: z.object({
      /** Latitude, degrees north. */
      lat: z.number().min(49.4).max(51.6),
      /** Longitude, degrees east. */
      lon: z.number().min(2.5).max(6.5),
    }),
    /** Its buddy programmes; may be empty when the card only names the municipality. */
    programmes: z.array(programmeSchema(ref)).default([]),
  });
export type MunicipalityData = z.infer<ReturnType<typeof municipalitySchema>>;
