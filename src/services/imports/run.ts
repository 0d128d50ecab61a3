/** One record being written: the transaction, what it has matched or made so far, and the summary. */
import type { Transaction } from '../../db/connection.js';
import type { ExtractionRecord } from '../../extract/record.js';
import type { AuditEntry } from '../audit.js';
import type { ServiceContext } from '../context.js';
import type { BodyRow } from './directory.js';
import type { Resolver } from './resolver.js';
import type { ImportSummary } from './types.js';

export interface ImportRun {
  tx: Transaction;
  ctx: ServiceContext;
  audit: (entry: AuditEntry) => Promise<void>;
  file: string;
  data: ExtractionRecord;
  summary: ImportSummary;
  body: BodyRow;
  meeting: { id: number; date: string };
  /** Agenda items of the meeting by their number as written: "3" → id. */
  items: Map<string, number>;
  resolver: Resolver;
  /** People and organisations already counted in the summary ("person:12"), so each counts once. */
  counted: Set<string>;
}

/** Counts a person or organisation once per import, as created or matched. */
export function count(run: ImportRun, what: 'people' | 'organisations', id: number, how: 'created' | 'matched'): void {
  const key = `${what}:${id}`;
  if (run.counted.has(key)) return;
  run.counted.add(key);
  run.summary[what][how]++;
}

/** "13 March 2019" */
export function longDate(iso: string): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}
