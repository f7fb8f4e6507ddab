/**
 * Referential integrity of the content: Astro only logs a broken reference(), so the build and the
 * tests call this and fail with the file and field of every reference that does not resolve.
 */
export interface EntryRefs {
  /** Collection of the entry that refers. */
  collection: string;
  id: string;
  /** Where it lives, for the message. */
  file: string;
  /** Field path → referenced collection and id. */
  references: { field: string; collection: string; id: string }[];
}

export function findBrokenReferences(entries: EntryRefs[], existing: Record<string, Set<string>>): string[] {
  const errors: string[] = [];
  for (const entry of entries) {
    for (const ref of entry.references) {
      if (!existing[ref.collection]?.has(ref.id)) {
        errors.push(`${entry.file}: veld "${ref.field}" verwijst naar "${ref.id}" maar ${ref.collection}/${ref.id} bestaat niet`);
      }
    }
  }
  return errors;
}

type Ref = string | { id: string } | undefined;
const idOf = (ref: Ref) => (typeof ref === 'string' ? ref : ref?.id);

/** Collects the references of each content type from its data (plain ids or Astro's {collection,id}). */
export function referencesOf(collection: string, data: Record<string, any>): EntryRefs['references'] {
  const refs: EntryRefs['references'] = [];
  const add = (field: string, target: string, ref: Ref) => {
    const id = idOf(ref);
    if (id !== undefined) refs.push({ field, collection: target, id });
  };
  const addAll = (field: string, target: string, list: Ref[] | undefined) =>
    (list ?? []).forEach((ref, i) => add(`${field}[${i}]`, target, ref));
  switch (collection) {
    case 'practices':
      (data.resources ?? []).forEach((r: any, i: number) => add(`resources[${i}].handbook`, 'handbooks', r.handbook));
      break;
    case 'municipalities':
      (data.programmes ?? []).forEach((p: any, i: number) => add(`programmes[${i}].practice`, 'practices', p.practice));
      break;
    case 'handbooks':
      addAll('practices', 'practices', data.practices);
      addAll('municipalities', 'municipalities', data.municipalities);
      break;
    case 'lessons':
      addAll('practices', 'practices', data.practices);
      addAll('handbooks', 'handbooks', data.handbooks);
      addAll('municipalities', 'municipalities', data.municipalities);
      break;
  }
  return refs;
}
