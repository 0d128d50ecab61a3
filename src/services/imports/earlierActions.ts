/**
 * Finding the action a record speaks of among those already in the record: by the reference
 * the minutes quote, else by its words (and owners) among the body's actions.
 */
import { and, eq, inArray, isNull, lte, or } from 'drizzle-orm';
import { schema } from '../../db/index.js';
import type { Executor } from '../../db/connection.js';
import type { ActionStatus } from '../../domain/actionStatus.js';
import { SAME_ACTION, similarity } from './similarity.js';

const { actions, actionOwners, meetings } = schema;

export interface CandidateAction {
  id: number;
  reference: string;
  text: string;
  dueText: string | null;
  status: ActionStatus;
  meetingId: number | null;
  meetingDate: string | null;
  ownerIds: number[];
}

export type ActionMatchHow = 'reference' | 'similar text';

/** "PALG/2019-03/3" quoted anywhere in the words. */
export function quotedReference(text: string | null | undefined): string | null {
  return /\b[A-Za-z0-9&-]{1,16}\/\d{4}-\d{2}\/\d+\b/.exec(text ?? '')?.[0] ?? null;
}

/**
 * The candidate the words speak of: the quoted reference, else the most similar text (an
 * owner in common counts for a little), preferring an open action and then a later one.
 */
export function findAction(
  wanted: { text: string; dueText?: string | null; update?: string | null; ownerIds: number[] },
  candidates: readonly CandidateAction[],
  used: ReadonlySet<number> = new Set(),
): { action: CandidateAction; how: ActionMatchHow } | null {
  const free = candidates.filter((c) => !used.has(c.id));
  const reference = quotedReference(wanted.text) ?? quotedReference(wanted.update);
  if (reference) {
    const byReference = free.find((c) => c.reference.toLowerCase() === reference.toLowerCase());
    if (byReference) return { action: byReference, how: 'reference' };
  }
  let best: { action: CandidateAction; score: number } | null = null;
  for (const c of free) {
    const shared = wanted.ownerIds.some((id) => c.ownerIds.includes(id));
    const score = similarity(withoutDue(wanted.text, wanted.dueText), withoutDue(c.text, c.dueText)) + (shared ? 0.1 : 0);
    if (score < SAME_ACTION) continue;
    if (!best || score > best.score + 1e-9 || (Math.abs(score - best.score) < 1e-9 && prefer(c, best.action))) best = { action: c, score };
  }
  return best ? { action: best.action, how: 'similar text' } : null;
}

/** The task without when it is due: "…the youth hub before the end of February" is "…the youth hub". */
function withoutDue(text: string, dueText: string | null | undefined): string {
  const due = dueText?.trim();
  if (!due || due.length >= text.length) return text;
  const at = text.toLowerCase().lastIndexOf(due.toLowerCase());
  return at < 0 ? text : `${text.slice(0, at)} ${text.slice(at + due.length)}`;
}

function prefer(a: CandidateAction, b: CandidateAction): boolean {
  const open = (c: CandidateAction) => (c.status === 'completed' || c.status === 'cancelled' ? 0 : 1);
  if (open(a) !== open(b)) return open(a) > open(b);
  return (a.meetingDate ?? '') > (b.meetingDate ?? '');
}

async function withOwners(db: Executor, rows: Omit<CandidateAction, 'ownerIds'>[]): Promise<CandidateAction[]> {
  if (!rows.length) return [];
  const owners = await db.select({ actionId: actionOwners.actionId, personId: actionOwners.personId }).from(actionOwners)
    .where(inArray(actionOwners.actionId, rows.map((r) => r.id)));
  return rows.map((r) => ({ ...r, ownerIds: owners.flatMap((o) => (o.actionId === r.id && o.personId ? [o.personId] : [])) }));
}

const columns = {
  id: actions.id,
  reference: actions.reference,
  text: actions.text,
  dueText: actions.dueText,
  status: actions.status,
  meetingId: actions.meetingId,
  meetingDate: meetings.date,
};

/** The body's actions from meetings up to a date (and those raised outside a meeting). */
export async function actionsOfBody(db: Executor, bodyId: number, upTo: string): Promise<CandidateAction[]> {
  const rows = await db.select(columns).from(actions).leftJoin(meetings, eq(meetings.id, actions.meetingId))
    .where(and(eq(actions.bodyId, bodyId), or(isNull(actions.meetingId), lte(meetings.date, upTo))))
    .orderBy(actions.id);
  return withOwners(db, rows);
}

export async function actionsOfMeeting(db: Executor, meetingId: number): Promise<CandidateAction[]> {
  const rows = await db.select(columns).from(actions).leftJoin(meetings, eq(meetings.id, actions.meetingId))
    .where(eq(actions.meetingId, meetingId)).orderBy(actions.id);
  return withOwners(db, rows);
}
