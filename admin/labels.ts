/**
 * Dutch labels and hints for every field of the content model, keyed "collection.field.subfield"
 * (list items are transparent: "municipalities.programmes.slug"). The field list itself comes from the
 * zod schemas (admin/config.ts); tests/unit/cms-config.test.ts fails when a schema field has no entry
 * here or an entry names a field the schemas no longer have.
 */
export interface FieldText {
  label: string;
  hint: string;
  /** For lists: what one item is called ("Voeg succesfactor toe"). */
  item?: string;
  /** Multi-line text box instead of a one-line input, for paragraphs. */
  multiline?: true;
}

export const COLLECTION_LABELS = {
  practices: { label: 'Praktijken', singular: 'Praktijk' },
  municipalities: { label: 'Gemeenten', singular: 'Gemeente' },
  handbooks: { label: 'Draaiboeken', singular: 'Draaiboek' },
  lessons: { label: 'Succesfactoren en valkuilen', singular: 'Les' },
  templates: { label: 'Startpakket-sjablonen', singular: 'Sjabloon' },
  settings: { label: 'Instellingen', singular: 'Instellingen' },
} as const;

const link = (where: string): Record<string, FieldText> => ({
  [`${where}.label`]: { label: 'Label', hint: 'Wat de lezer ziet, bv. "Artikel in het stadsmagazine".' },
  [`${where}.url`]: {
    label: 'Webadres',
    hint: 'Volledig adres dat begint met https://. Laat leeg als de bron geen adres geeft: verzin er geen.',
  },
});

export const FIELD_TEXT: Record<string, FieldText> = {
  // Praktijken
  'practices.title': { label: 'Titel', hint: 'Naam van de praktijk, bv. "Buddywerking".' },
  'practices.summary': {
    label: 'Samenvatting',
    hint: 'Eén of twee zinnen voor lijsten en zoekresultaten.',
    multiline: true,
  },
  'practices.image': { label: 'Beeld', hint: 'Optionele headerfoto van de praktijkkaart.' },
  'practices.image.src': { label: 'Afbeelding', hint: 'Kies of upload een beeld; het komt in /media/ te staan.' },
  'practices.image.alt': {
    label: 'Alternatieve tekst',
    hint: 'Verplicht bij een beeld: beschrijf wat erop staat voor wie het niet kan zien.',
  },
  'practices.image.credit': { label: 'Fotograaf of bron', hint: 'Bv. "Foto Stad Mechelen - Samen Inburgeren".' },
  'practices.categories': { label: 'Categorieën', hint: 'Categorieën van de databank; kies er minstens één.' },
  'practices.goals': { label: 'Doelen', hint: 'Eén doel per item, zoals op de kaart. Minstens één.', item: 'doel' },
  'practices.targetGroups': {
    label: 'Doelgroepen',
    hint: 'Eén alinea of opsommingspunt per item. Minstens één.',
    multiline: true,
    item: 'doelgroep',
  },
  'practices.coordinatorTasksIntro': {
    label: 'Inleiding taken coördinator',
    hint: 'Zin boven de taken van de coördinator (optioneel).',
    multiline: true,
  },
  'practices.coordinatorTasks': { label: 'Taken coördinator', hint: 'Wat een coördinator meestal doet, één taak per item.', multiline: true, item: 'taak' },
  'practices.lessonsContext': {
    label: 'Context bij succesfactoren en uitdagingen',
    hint: 'Optioneel, bv. "Voor het buddyproject voor gezinsherenigers:".',
  },
  'practices.successFactors': { label: 'Succesfactoren', hint: 'Zoals op de kaart, één succesfactor per item.', multiline: true, item: 'succesfactor' },
  'practices.challenges': { label: 'Uitdagingen', hint: 'Zoals op de kaart, één uitdaging per item.', multiline: true, item: 'uitdaging' },
  'practices.resources': { label: 'Extra info en partners', hint: 'Bronnen, organisaties en documenten bij deze praktijk.', item: 'bron' },
  'practices.resources.label': { label: 'Label', hint: 'Titel of korte omschrijving zoals de kaart ze noemt.' },
  'practices.resources.url': { label: 'Webadres', hint: 'Volledig adres (https://…); alleen als de bron er een geeft.' },
  'practices.resources.description': { label: 'Omschrijving', hint: 'De zin van de kaart hierover (optioneel).', multiline: true },
  'practices.resources.publisher': { label: 'Uitgever', hint: 'Wie het maakte, bv. "Agentschap Integratie en Inburgering".' },
  'practices.resources.handbook': { label: 'Draaiboek op deze site', hint: 'Het draaiboek op deze site dat dit behandelt, indien er een is.' },
  'practices.policyDomains': { label: 'Beleidsdomeinen', hint: 'Kies minstens één beleidsdomein.' },
  'practices.updated': { label: 'Laatst bijgewerkt', hint: 'Datum van de laatste inhoudelijke wijziging.' },
  'practices.body': { label: 'Beschrijving', hint: 'De beschrijving van de praktijk, met tussentitels en opsommingen.' },

  // Gemeenten
  'municipalities.name': { label: 'Naam', hint: 'Naam zoals de bron ze gebruikt, bv. "Zingem". Bepaalt ook het webadres.' },
  'municipalities.currentMunicipality': {
    label: 'Huidige gemeente',
    hint: 'Na een fusie de gemeente waar ze nu deel van is, bv. "Kruisem". Leeg laten als er niets veranderde.',
  },
  'municipalities.intro': {
    label: 'Inleiding',
    hint: 'Zin boven de buddywerkingen, bv. "Sint-Niklaas heeft verschillende buddywerkingen:" (optioneel).',
    multiline: true,
  },
  'municipalities.province': { label: 'Provincie', hint: 'Vlaamse provincie.' },
  'municipalities.postalCode': { label: 'Postcode', hint: 'Hoofdpostcode, vier cijfers.' },
  'municipalities.coordinates': { label: 'Coördinaten', hint: 'Centrum van de gemeente (WGS84), voor de kaart.' },
  'municipalities.coordinates.lat': { label: 'Breedtegraad', hint: 'Graden noord, tussen 49,4 en 51,6 (bv. 51.0397).' },
  'municipalities.coordinates.lon': { label: 'Lengtegraad', hint: 'Graden oost, tussen 2,5 en 6,5 (bv. 3.7142).' },
  'municipalities.programmes': {
    label: 'Buddywerkingen',
    hint: 'De buddywerkingen van deze gemeente; mag leeg blijven als de kaart alleen de gemeente noemt.',
    item: 'buddywerking',
  },
  'municipalities.programmes.slug': {
    label: 'Webadresdeel',
    hint: 'Uniek binnen de gemeente, kleine letters, cijfers en koppeltekens, bv. "samen-op-pad".',
  },
  'municipalities.programmes.name': { label: 'Lokale naam', hint: 'Bv. "Omarmd"; leeg laten als de bron geen naam geeft.' },
  'municipalities.programmes.practice': { label: 'Praktijk', hint: 'De praktijkkaart die deze buddywerking uitvoert.' },
  'municipalities.programmes.description': {
    label: 'Beschrijving',
    hint: 'Wat de bron erover zegt, één alinea of opsommingspunt per item.',
    multiline: true,
    item: 'alinea',
  },
  'municipalities.programmes.startYear': { label: 'Startjaar', hint: 'Jaar waarin de werking begon (optioneel).' },
  'municipalities.programmes.facts': { label: 'Cijfers', hint: 'Cijfers uit de bron, bv. 250 duo\'s.', item: 'cijfer' },
  'municipalities.programmes.facts.label': { label: 'Wat', hint: 'Wat geteld wordt, bv. "duo\'s samengebracht".' },
  'municipalities.programmes.facts.value': { label: 'Waarde', hint: 'Het cijfer zoals de bron het geeft, bv. "meer dan 100".' },
  'municipalities.programmes.partners': { label: 'Partners', hint: 'Partnerorganisaties, één per item.', item: 'partner' },
  'municipalities.programmes.targetGroup': { label: 'Doelgroep', hint: 'Voor wie, als de bron het zegt.' },
  'municipalities.programmes.funding': { label: 'Financiering', hint: 'Externe financiering, bv. een AMIF-proeftuin (optioneel).' },
  'municipalities.programmes.funding.name': {
    label: 'Financieringsbron',
    hint: 'Verplicht als je financiering invult, bv. "AMIF-proeftuin \'sociale netwerken en participatie\'".',
  },
  'municipalities.programmes.funding.from': { label: 'Van (maand)', hint: 'Eerste maand als JJJJ-MM, bv. 2021-01.' },
  'municipalities.programmes.funding.to': { label: 'Tot (maand)', hint: 'Laatste maand als JJJJ-MM, bv. 2022-12.' },
  'municipalities.programmes.contacts': {
    label: 'Contacten',
    hint: 'Altijd een label; een kanaal alleen als de bron er een geeft (verzin geen adressen).',
    item: 'contact',
  },
  'municipalities.programmes.contacts.label': {
    label: 'Label',
    hint: 'Bv. "Contact coördinator buddywerkingen OCMW".',
  },
  'municipalities.programmes.contacts.url': { label: 'Webpagina of formulier', hint: 'Volledig adres (https://…).' },
  'municipalities.programmes.contacts.email': { label: 'E-mailadres', hint: 'Alleen als de bron er een geeft.' },
  'municipalities.programmes.contacts.phone': { label: 'Telefoon', hint: 'Zoals in de bron, bv. "09/389.68.10".' },
  ...link('municipalities.programmes.links'),
  'municipalities.programmes.links': { label: 'Links', hint: 'Artikels, video\'s en websites over deze werking.', item: 'link' },
  'municipalities.programmes.acceptsSignups': {
    label: 'Online aanmelden',
    hint: 'Aanzetten als inwoners zich via deze site kunnen aanmelden.',
  },
  'municipalities.programmes.coordinatorEmail': {
    label: 'E-mail coördinator',
    hint: 'Ontvangt de aanmeldingen; leeg laten om ze naar het algemene contactadres te sturen.',
  },

  // Draaiboeken
  'handbooks.title': { label: 'Titel', hint: 'Bv. "Buddywerking Bocholt".' },
  'handbooks.publisher': { label: 'Uitgever', hint: 'Organisatie die het document maakte.' },
  'handbooks.summary': { label: 'Samenvatting', hint: 'Eén of twee zinnen voor lijsten en zoekresultaten.', multiline: true },
  'handbooks.kind': { label: 'Soort document', hint: 'Draaiboek, praktijkvoorbeeld of verslag.' },
  'handbooks.date': { label: 'Datum', hint: 'Datum van de bron, als die gekend is.' },
  'handbooks.phases': { label: 'Fasen', hint: 'Fasen of onderdelen, in volgorde.', item: 'fase' },
  'handbooks.phases.title': { label: 'Titel van de fase', hint: 'Bv. "Matching buddy - dossier".' },
  'handbooks.phases.summary': { label: 'Uitleg', hint: 'Korte uitleg bij de fase (optioneel).', multiline: true },
  'handbooks.phases.steps': { label: 'Stappen', hint: 'De punten van deze fase, één per item.', multiline: true, item: 'stap' },
  'handbooks.source': { label: 'Origineel', hint: 'Waar het originele document staat (optioneel).' },
  'handbooks.source.label': { label: 'Label', hint: 'Verplicht als je een origineel opgeeft, bv. "Presentatie over buddywerking".' },
  'handbooks.source.url': { label: 'Extern webadres', hint: 'Volledig adres (https://…) van het origineel.' },
  'handbooks.source.file': { label: 'Bestand', hint: 'Downloadbaar bestand; het komt in /media/ te staan.' },
  'handbooks.practices': { label: 'Praktijken', hint: 'De praktijkkaarten waar dit draaiboek bij hoort.' },
  'handbooks.municipalities': { label: 'Gemeenten', hint: 'De gemeenten die het beschrijft.' },
  'handbooks.body': { label: 'Tekst', hint: 'De samenvatting van het document, met tussentitels.' },

  // Succesfactoren en valkuilen
  'lessons.statement': {
    label: 'Stelling',
    hint: 'De les in één zin, bv. "Zorg na de werving snel voor een startmoment". Bepaalt ook het webadres.',
    multiline: true,
  },
  'lessons.explanation': { label: 'Toelichting', hint: 'De woorden en context van de bron (optioneel).', multiline: true },
  'lessons.kind': { label: 'Soort', hint: 'Succesfactor, of valkuil/uitdaging.' },
  'lessons.theme': { label: 'Thema', hint: 'De fase of het aandachtspunt van een buddywerking.' },
  'lessons.practices': { label: 'Praktijken', hint: 'Praktijkkaarten waar de les uit komt. Geef minstens één bron (praktijk, draaiboek of gemeente).' },
  'lessons.handbooks': { label: 'Draaiboeken', hint: 'Draaiboeken of verslagen waar de les uit komt.' },
  'lessons.municipalities': { label: 'Gemeenten', hint: 'Gemeenten wier ervaring de les weergeeft.' },

  // Startpakket
  'templates.title': { label: 'Titel', hint: 'Titel van het document, bv. "Handelingsplan"; mag plaatshouders bevatten zoals {{programma}}.' },
  'templates.summary': { label: 'Samenvatting', hint: 'Waarvoor het sjabloon dient, in één of twee zinnen.', multiline: true },
  'templates.order': { label: 'Volgnummer', hint: 'Plaats in het startpakket; 1 komt eerst.' },
  'templates.fileName': {
    label: 'Bestandsnaam',
    hint: 'Naam van het .docx-bestand zonder extensie: kleine letters, cijfers en koppeltekens, bv. "handelingsplan".',
  },
  'templates.placeholders': {
    label: 'Plaatshouders',
    hint: 'De plaatshouders die de tekst gebruikt; het formulier van het startpakket vult ze in.',
  },
  'templates.body': {
    label: 'Tekst van het sjabloon',
    hint: 'Markdown. Gebruik {{gemeente}}, {{programma}}, … voor wat de gemeente invult en ____ voor een invulruimte.',
  },

  // Instellingen
  'settings.siteName': { label: 'Naam van de site', hint: 'In de kop en de paginatitels.' },
  'settings.tagline': { label: 'Ondertitel', hint: 'Korte zin onder de naam (optioneel).' },
  'settings.contactEmail': { label: 'Algemeen contactadres', hint: 'Bv. samenleven@vvsg.be.' },
  'settings.privacyEmail': { label: 'Privacy-contactadres', hint: 'Voor vragen over privacy en verzoeken om gegevens in te zien of te wissen.' },
  'settings.publisher': { label: 'Uitgever', hint: 'Organisatie die verantwoordelijk is voor de site.' },
  'settings.submitPracticeText': { label: 'Oproep nieuwe praktijk', hint: 'Tekst op elke kaart om een ontbrekende praktijk in te sturen.', multiline: true },
  'settings.feedbackText': { label: 'Oproep correctie', hint: 'Tekst op elke kaart om een correctie door te geven.', multiline: true },
  'settings.footerText': { label: 'Voettekst', hint: 'Extra regel onderaan elke pagina (optioneel).' },
};
