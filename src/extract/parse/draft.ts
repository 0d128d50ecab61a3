/** An action while the parser is still deciding about it: the record plus where it came from. */
import type { ActionRecord, ActionRecordStatus } from '../record.js';
import { clean } from './text.js';

export type ActionSource =
  /** A row of an action table (log of new actions, or review of earlier ones). */
  | 'table'
  /** A task row of an action plan. */
  | 'plan'
  /** An explicit marker: "ACTION: SM to …", "… ACTION.", "(Action: JB)". */
  | 'marker'
  /** A line of an "Actions arising" list. */
  | 'list'
  /** A sentence that assigns a task ("X agreed to report back…"). */
  | 'implicit';

export interface ActionDraft extends ActionRecord {
  source: ActionSource;
  /** The unit it was read from. */
  unit: number;
  /** The words around an inline action, used to find its row in an action table. */
  context: string;
  /** Action plans: the task letter, to tell a repeated row from a second task. */
  letter?: string;
  /** A row of a closing action log that names its item: where in the minutes that item ends, to sit there. */
  place?: number;
}

export function newAction(source: ActionSource, unit: number, text: string, extra: Partial<ActionDraft> = {}): ActionDraft {
  const words = clean(text);
  return {
    text: words.charAt(0).toUpperCase() + words.slice(1),
    owners: [],
    dueText: null,
    due: null,
    status: 'open',
    item: null,
    fromPreviousMeeting: false,
    update: null,
    parent: null,
    resources: null,
    rag: null,
    source,
    unit,
    context: text,
    ...extra,
  };
}

/** "Completed – Session held on…" → completed, "Session held on…". */
export function statusAndUpdate(text: string): { status: ActionRecordStatus | null; update: string | null } {
  const t = clean(text);
  const m = /^(complete(?:d)?|done|closed|achieved|discharged|finished|on-?going|in progress|progressing|open|outstanding|carried forward|pending|under\s?way|deferred|on hold|postponed|paused)\b\.?\s*(?:[-–—:;,.]\s*)?(.*)$/i.exec(t);
  if (!m) return { status: null, update: t || null };
  return { status: statusWord(m[1]!), update: clean(m[2]!) || null };
}

export function statusWord(word: string): ActionRecordStatus | null {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (/^(complete|completed|done|closed|achieved|discharged|finished)$/.test(w)) return 'completed';
  if (/^(on-?going|in progress|progressing|outstanding|carried forward|pending|under ?way)$/.test(w)) return 'ongoing';
  if (/^(deferred|on hold|postponed|paused)$/.test(w)) return 'deferred';
  if (w === 'open') return 'open';
  return null;
}
