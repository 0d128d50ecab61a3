/** Options for the selects, radios and checkboxes of the forms, in the page's language. */
import type { ServiceContext } from '../../../services/context.js';
import { listPeople, type PersonRow } from '../../../services/people/index.js';
import type { Translate } from '../../../i18n/index.js';

export interface Choice {
  value: string;
  text: string;
  hint?: { text: string };
}

/** Everyone on record, by name (the people service pages by 200). */
export async function everyone(ctx: ServiceContext): Promise<PersonRow[]> {
  const people: PersonRow[] = [];
  for (let page = 1; ; page++) {
    const result = await listPeople(ctx, { page, pageSize: 200 });
    people.push(...result.items);
    if (page * result.pageSize >= result.total) return people;
  }
}

/** "Ceri Ashdown (Commissioner's Office)", so that two people of the same name can be told apart. */
export function personText(p: { name: string; honorific?: string | null; organisationName?: string | null }): string {
  const name = p.honorific ? `${p.honorific} ${p.name}` : p.name;
  return p.organisationName ? `${name} (${p.organisationName})` : name;
}

/** A select's options with a first, empty one. */
export function withBlank(blank: string, choices: Choice[]): Choice[] {
  return [{ value: '', text: blank }, ...choices];
}

/** The words of a fixed list of values (meeting types, roles…): `<prefix>.<value>`. */
export function translated(t: Translate, prefix: string, list: readonly string[]): Choice[] {
  return list.map((value) => ({ value, text: t(`${prefix}.${value}`) }));
}

export function peopleChoices(people: readonly PersonRow[]): Choice[] {
  return people.map((p) => ({ value: String(p.id), text: personText(p) }));
}
