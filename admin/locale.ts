/**
 * The CMS in the site's own words, on top of Decap's Dutch: the "new" button says what it makes
 * ("Nieuwe praktijk", each collection's `newEntry` in src/schemas/collections.ts) and the login
 * screen says who it is for.
 */
type Phrases = { [key: string]: string | Phrases };

export const PHRASE_OVERRIDES: Phrases = {
  auth: { login: 'Inloggen als redacteur' },
  collection: {
    collectionTop: { newButton: '%{collectionLabel}', newButtonAriaLabel: '%{collectionLabel} maken' },
  },
};

/** Decap's phrases with ours laid over them, at any depth. */
export function withOverrides(base: Phrases, overrides: Phrases = PHRASE_OVERRIDES): Phrases {
  const merged: Phrases = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    const current = merged[key];
    merged[key] = typeof value === 'object' && typeof current === 'object' ? withOverrides(current, value) : value;
  }
  return merged;
}
