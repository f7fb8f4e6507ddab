/**
 * What the database knows about a programme, for summaries and indexes: which contacts can actually
 * be reached, its duration, whether it takes sign-ups. Nothing here guesses: unknown stays unknown.
 */
import type { Contact, Link } from '../schemas';

interface ProgrammeLike {
  contacts: Contact[];
  links: Link[];
  facts: { label: string; value: string }[];
  acceptsSignups: boolean;
}

/** A contact the reader can use: the source gave a web page, an e-mail address or a phone number. */
export const isReachable = (contact: Contact) => Boolean(contact.url || contact.email || contact.phone);

export const reachableContacts = (programme: ProgrammeLike) => programme.contacts.filter(isReachable);

/** Contact labels the source names without any way to reach them ("Contact OCMW"). */
export const unreachableContacts = (programme: ProgrammeLike) => programme.contacts.filter((c) => !isReachable(c));

/** Links the source names without a target ("Filmpje op Lokeren TV"). */
export const linksWithoutTarget = (programme: ProgrammeLike) => programme.links.filter((l) => !l.url);

/** The duration as the source gives it ("6 maanden", "minstens 6 maanden"), from a fact labelled "duur …". */
export const durationOf = (programme: ProgrammeLike) => programme.facts.find((f) => /^duur\b/i.test(f.label))?.value;

/** How a municipality's programmes can be reached: for the index and the sign-up overview. */
export function reachOf(programmes: ProgrammeLike[]) {
  return {
    contact: programmes.some((p) => reachableContacts(p).length > 0),
    signup: programmes.some((p) => p.acceptsSignups),
  };
}

/** Dutch list: "a", "a en b", "a, b en c". */
export function listInDutch(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`;
}
