/**
 * Names a coordinator can tell apart on a page that shows first names only (matching): the first
 * name alone when nobody else on the page has it, else with the initial of the last name, and the
 * sign-up day when even that is shared. No more than that: the full name stays on the person's page.
 */
import { day } from './flow-html';

interface Named {
  id: string;
  name: string;
  firstName: string;
  createdAt: Date;
}

const key = (text: string) => text.toLocaleLowerCase('nl');

/** The initial of the name after the first name ("Amal Haddad" → "H."), or '' without one. */
function lastInitial(name: string): string {
  const rest = name.trim().split(/\s+/).slice(1).join('');
  return rest ? `${[...rest][0].toLocaleUpperCase('nl')}.` : '';
}

/** A label per person's id, distinct among the people given whenever their names or sign-up days differ. */
export function distinctNames(people: readonly Named[]): Map<string, string> {
  const labels = new Map<string, string>();
  const byFirst = Map.groupBy(people, (p) => key(p.firstName));
  for (const group of byFirst.values()) {
    if (group.length === 1) {
      labels.set(group[0].id, group[0].firstName);
      continue;
    }
    const withInitial = group.map((p) => ({ p, label: [p.firstName, lastInitial(p.name)].filter(Boolean).join(' ') }));
    const shared = Map.groupBy(withInitial, ({ label }) => key(label));
    for (const { p, label } of withInitial) labels.set(p.id, shared.get(key(label))!.length > 1 ? `${label} (aangemeld ${day(p.createdAt)})` : label);
  }
  return labels;
}
