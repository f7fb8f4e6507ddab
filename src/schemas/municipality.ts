/** A municipality (gemeente) that runs one or more buddy programmes. */
import { z } from 'astro/zod';
import { idReference, type IdReference, type ReferenceFactory } from './reference';
import { provinceSchema } from './vocabularies';
import { contactSchema, emailAddress, linkSchema, listOf, patterned, text } from './common';
import { words } from './meta';

const month = () => patterned(/^\d{4}-(0[1-9]|1[0-2])$/, 'Geef een maand als JJJJ-MM');

export const fundingSchema = z.object({
  /** Funding scheme, e.g. "AMIF-proeftuin 'sociale netwerken en participatie'". */
  name: text('De financiering').meta(
    words({
      title: 'Financieringsbron',
      hint: "Verplicht als je financiering invult, bv. \"AMIF-proeftuin 'sociale netwerken en participatie'\".",
    }),
  ),
  /** First month, YYYY-MM. */
  from: month().optional().meta(words({ title: 'Van (maand)', hint: 'Eerste maand als JJJJ-MM, bv. 2021-01.' })),
  /** Last month, YYYY-MM. */
  to: month().optional().meta(words({ title: 'Tot (maand)', hint: 'Laatste maand als JJJJ-MM, bv. 2022-12.' })),
});

export const factSchema = z.object({
  /** What is counted, e.g. "duo's samengebracht". */
  label: text('Het label').meta(words({ title: 'Wat', hint: 'Wat geteld wordt, bv. "duo\'s samengebracht".' })),
  /** The figure as the source gives it, e.g. "meer dan 100". */
  value: text('De waarde').meta(words({ title: 'Waarde', hint: 'Het cijfer zoals de bron het geeft, bv. "meer dan 100".' })),
});

export const programmeSchema = <R extends z.ZodType = IdReference>(
  ref: ReferenceFactory<R> = idReference as unknown as ReferenceFactory<R>,
) =>
  z.object({
    /** URL part, unique within the municipality, e.g. "samen-op-pad". */
    slug: patterned(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Gebruik kleine letters, cijfers en koppeltekens').meta(
      words({
        title: 'Webadresdeel',
        hint: 'Uniek binnen de gemeente, kleine letters, cijfers en koppeltekens, bv. "samen-op-pad".',
        description: 'URL-deel, uniek binnen de gemeente.',
      }),
    ),
    /** Local name, e.g. "Omarmd" or "Samen op pad"; left out when the source gives none. */
    name: z
      .string()
      .optional()
      .meta(
        words({
          title: 'Lokale naam',
          hint: 'Bv. "Omarmd"; leeg laten als de bron geen naam geeft.',
          description: 'Lokale naam, bv. "Samen op pad"; null als de bron er geen geeft.',
        }),
      ),
    /** The practice card this programme implements. */
    practice: ref('practices').meta(
      words({
        title: 'Praktijk',
        hint: 'De praktijkfiche die deze buddywerking uitvoert.',
        description: 'De praktijk waarvan dit een uitvoering is.',
      }),
    ),
    /** What the source says about it, one paragraph or bullet per item. */
    description: listOf(text('Een alinea'),
        words({
          title: 'Beschrijving',
          hint: 'Wat de bron erover zegt, één alinea of opsommingspunt per item.',
          description: 'Wat de bron erover zegt, één alinea per punt.',
          multiline: true,
          item: 'alinea',
        }),
      ),
    /** Year it started. */
    startYear: z
      .number()
      .int()
      .min(1990)
      .max(2100)
      .optional()
      .meta(words({ title: 'Startjaar', hint: 'Jaar waarin de werking begon (optioneel).', description: 'Startjaar.' })),
    /** Figures from the source, e.g. 250 duo's. */
    facts: listOf(factSchema,
        words({
          title: 'Cijfers',
          hint: "Cijfers uit de bron, bv. 250 duo's.",
          description: 'Cijfers uit de bron: label en value (zoals de bron het schrijft).',
          item: 'cijfer',
        }),
      ),
    /** Partner organisations. */
    partners: listOf(text('Een partner'), words({ title: 'Partners', hint: 'Partnerorganisaties, één per item.', description: 'Partnerorganisaties.', item: 'partner' })),
    /** Who it is for, where the source says so. */
    targetGroup: z
      .string()
      .optional()
      .meta(words({ title: 'Doelgroep', hint: 'Voor wie, als de bron het zegt.', description: 'Voor wie, waar de bron het zegt.' })),
    /** External funding, e.g. an AMIF pilot with its period. */
    funding: fundingSchema.optional().meta(
      words({
        title: 'Financiering',
        hint: 'Externe financiering, bv. een AMIF-proeftuin (optioneel).',
        description: 'Externe financiering: name, from en to (maand, JJJJ-MM).',
      }),
    ),
    /** Contacts; label always, a channel only where the source gives one. */
    contacts: listOf(contactSchema,
        words({
          title: 'Contacten',
          hint: 'Altijd een label; een kanaal alleen als de bron er een geeft (verzin geen adressen).',
          description: 'Contacten: label, en url, email of phone alleen waar de bron die geeft.',
          item: 'contact',
        }),
      ),
    /** Further links (articles, videos, websites). */
    links: listOf(linkSchema,
        words({
          title: 'Links',
          hint: "Artikels, video's en websites over deze werking.",
          description: 'Verdere links: label en url.',
          item: 'link',
        }),
      ),
    /** Whether citizens can sign up online through this site. */
    acceptsSignups: z
      .boolean()
      .default(false)
      .meta(
        words({
          title: 'Online aanmelden',
          hint: 'Aanzetten als inwoners zich via deze site kunnen aanmelden.',
          description: 'Of inwoners zich via deze site kunnen aanmelden.',
        }),
      ),
  });
export type ProgrammeData = z.infer<ReturnType<typeof programmeSchema>>;

export const municipalitySchema = <R extends z.ZodType = IdReference>(
  ref: ReferenceFactory<R> = idReference as unknown as ReferenceFactory<R>,
) =>
  z.object({
    /** Name as the source uses it, e.g. "Zingem". */
    name: text('De naam').meta(
      words({
        title: 'Naam',
        hint: 'Naam zoals de bron ze gebruikt, bv. "Zingem". Bepaalt ook het webadres.',
        description: 'Naam zoals de bron ze gebruikt, bv. "Zingem".',
      }),
    ),
    /** Municipality it is part of after a merger, e.g. "Kruisem"; left out when unchanged. */
    currentMunicipality: z
      .string()
      .optional()
      .meta(
        words({
          title: 'Huidige gemeente',
          hint: 'Na een fusie de gemeente waar ze nu deel van is, bv. "Kruisem". Leeg laten als er niets veranderde.',
          description: 'Gemeente waar ze sinds een fusie deel van uitmaakt, bv. "Kruisem".',
        }),
      ),
    /** Lead-in sentence about the municipality's programmes, e.g. "Sint-Niklaas heeft verschillende buddywerkingen:". */
    intro: z
      .string()
      .optional()
      .meta(
        words({
          title: 'Inleiding',
          hint: 'Zin boven de buddywerkingen, bv. "Sint-Niklaas heeft verschillende buddywerkingen:" (optioneel).',
          description: 'Inleidende zin boven de buddywerkingen van de gemeente.',
          multiline: true,
        }),
      ),
    /** Flemish province. */
    province: provinceSchema.meta(words({ title: 'Provincie', hint: 'Vlaamse provincie.', description: 'Vlaamse provincie.' })),
    /** Main postal code, four digits. */
    postalCode: patterned(/^[1-9]\d{3}$/, 'Geef een postcode van vier cijfers').meta(
      words({ title: 'Postcode', hint: 'Hoofdpostcode, vier cijfers.', description: 'Hoofdpostcode (vier cijfers).' }),
    ),
    /** WGS84 coordinates of the centre, from shared/data. */
    coordinates: z
      .object({
        /** Latitude, degrees north. */
        lat: z
          .number()
          .min(49.4)
          .max(51.6)
          .meta(words({ title: 'Breedtegraad', hint: 'Graden noord, tussen 49,4 en 51,6 (bv. 51.0397).' })),
        /** Longitude, degrees east. */
        lon: z
          .number()
          .min(2.5)
          .max(6.5)
          .meta(words({ title: 'Lengtegraad', hint: 'Graden oost, tussen 2,5 en 6,5 (bv. 3.7142).' })),
      })
      .meta(
        words({
          title: 'Coördinaten',
          hint: 'Centrum van de gemeente (WGS84), voor de kaart.',
          description: 'Middelpunt in WGS84: lat (noorderbreedte) en lon (oosterlengte).',
        }),
      ),
    /** Its buddy programmes; may be empty when the card only names the municipality. */
    programmes: listOf(programmeSchema(ref),
        words({
          title: 'Buddywerkingen',
          hint: 'De buddywerkingen van deze gemeente; mag leeg blijven als de fiche alleen de gemeente noemt.',
          description: 'De buddywerkingen van de gemeente (velden: zie Buddywerkingen hieronder).',
          item: 'buddywerking',
        }),
      ),
  });
export type MunicipalityData = z.infer<ReturnType<typeof municipalitySchema>>;
