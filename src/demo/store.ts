/**
 * The demo's rows before they reach the database. Ids are given here rather than by the
 * database, so that rows can point at each other before anything is inserted, and so that
 * the same seed gives the same ids.
 */
import { schema } from '../db/index.js';
import type { IsoDate } from '../domain/dates.js';

/** In the order they must be inserted (a row's references come first). */
export const TABLES = {
  organisations: schema.organisations,
  people: schema.people,
  bodies: schema.bodies,
  memberships: schema.memberships,
  meetings: schema.meetings,
  attendances: schema.attendances,
  agendaItems: schema.agendaItems,
  minuteParagraphs: schema.minuteParagraphs,
  declarations: schema.declarations,
  decisions: schema.decisions,
  actionPlans: schema.actionPlans,
  planObjectives: schema.planObjectives,
  planActions: schema.planActions,
  measures: schema.measures,
  measureValues: schema.measureValues,
  actions: schema.actions,
  actionOwners: schema.actionOwners,
  actionUpdates: schema.actionUpdates,
  recommendationSources: schema.recommendationSources,
  recommendations: schema.recommendations,
  recommendationActions: schema.recommendationActions,
  escalations: schema.escalations,
  workProgrammeItems: schema.workProgrammeItems,
  feedback: schema.feedback,
  documents: schema.documents,
} as const;

export type TableKey = keyof typeof TABLES;
export type Row<K extends TableKey> = (typeof TABLES)[K]['$inferInsert'];
export type Rows = { [K in TableKey]: Row<K>[] };
/** Tables whose rows have a serial id. */
export type IdTable = Exclude<TableKey, 'recommendationActions'>;

export const TABLE_KEYS = Object.keys(TABLES) as TableKey[];

export function emptyRows(): Rows {
  return Object.fromEntries(TABLE_KEYS.map((key) => [key, []])) as unknown as Rows;
}

/** Hands out ids, each table counting on from what the database already holds. */
export class Ids {
  private readonly last: Record<string, number>;

  constructor(bases: Partial<Record<IdTable, number>> = {}) {
    this.last = { ...bases };
  }

  next(table: IdTable): number {
    const id = (this.last[table] ?? 0) + 1;
    this.last[table] = id;
    return id;
  }
}

/** A timestamp on a date, in UTC so that it is the same on every machine. */
export function stamp(date: IsoDate, time = '10:00', seconds = 0): Date {
  const d = new Date(`${date}T${time}:00Z`);
  return new Date(d.getTime() + seconds * 1000);
}
