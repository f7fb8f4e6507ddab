/** Anchors of the groups of close dots on the map page (the target of a grouped tap target). */
export const groupAnchor = (members: { id: string }[]) => `groep-${members.map((m) => m.id).sort()[0]}`;
