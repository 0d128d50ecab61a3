/**
 * Every distinct action a document assigns, once each: action tables and plans, explicit
 * markers and "Actions arising" lists, and clear implicit assignments in the minutes.
 */
import type { ActionRecord } from '../record.js';
import { assignmentIn } from './assign.js';
import { tableActions } from './actionTables.js';
import type { ActionDraft } from './draft.js';
import { duePhrase, readDue, type Due } from './due.js';
import type { Outline } from './items.js';
import { leadingSubject, markerActions } from './markers.js';
import { mergeActions } from './merge.js';
import type { OwnerResolver } from './owners.js';
import { sentences } from './text.js';
import type { Unit } from './units.js';
import { newAction } from './draft.js';

export interface ActionContext {
  units: Unit[];
  outline: Outline;
  owners: OwnerResolver;
  meetingDate: string | null;
  /** Units not to read for actions (attendance lists, recommendations and responses). */
  skip: Set<number>;
  itemAt(unit: number): string | null;
  due(text: string): Due;
}

export function readActions(
  units: Unit[],
  outline: Outline,
  owners: OwnerResolver,
  meetingDate: string | null,
  skip: Set<number>,
  options: { implicit: boolean },
): ActionRecord[] {
  const ctx: ActionContext = {
    units,
    outline,
    owners,
    meetingDate,
    skip,
    itemAt: (i) => outline.paraOf[i] ?? outline.itemOf[i] ?? null,
    due: (text) => readDue(duePhrase(text), meetingDate),
  };
  const tables = tableActions(ctx);
  const marked = markerActions(ctx);
  const implicit = options.implicit ? implicitActions(ctx, marked.consumed) : [];
  return mergeActions(tables, marked.actions, implicit).map(toRecord);
}

/** Sentences that assign a task without a marker: "The Commissioner agreed to report back on…". */
function implicitActions(ctx: ActionContext, consumed: Set<number>): ActionDraft[] {
  const out: ActionDraft[] = [];
  for (const unit of ctx.units) {
    if (unit.kind === 'row' || unit.kind === 'heading' || consumed.has(unit.i) || ctx.skip.has(unit.i) || ctx.outline.headings.has(unit.i)) continue;
    let speaker: string | null = null;
    const resolutionPart = inResolution(ctx.units, unit.i);
    // Clauses after a semicolon stand on their own: "Members asked for X; the Head of Planning agreed to provide this".
    for (const sentence of sentences(unit.text)) for (const clause of sentence.split(/;\s+/)) {
      speaker = leadingSubject(clause, ctx) ?? speaker;
      const assignment = assignmentIn(clause, ctx.owners, speaker, resolutionPart || /^resolved\b/i.test(sentence));
      if (!assignment) continue;
      // "… to provide this": the task is only clear with the rest of the sentence.
      const pointsBack = /\s(?:to|will)\s+\w+\s+(?:this|it|these|them|those)\b/i.test(assignment.text) && clause !== sentence;
      for (const text of pointsBack ? [sentence.replace(/\.$/, '')] : splitCoordinated(assignment.text)) {
        out.push(
          newAction('implicit', unit.i, text, {
            owners: assignment.owner ? ctx.owners.owners(assignment.owner) : [],
            ...ctx.due(text),
            item: ctx.itemAt(unit.i),
            context: clause,
          }),
        );
      }
    }
  }
  return out;
}

/** "(2) the Clerk be asked to …" under a "RESOLVED – That" line: a part of that resolution. */
function inResolution(units: Unit[], i: number): boolean {
  const PART = /^\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})\)\s/;
  if (!PART.test(units[i]!.text)) return false;
  for (let k = i - 1; k >= Math.max(0, i - 12); k--) {
    const text = units[k]!.text;
    if (/^resolved\b/i.test(text)) return true;
    if (!PART.test(text)) return false;
  }
  return false;
}

/** "X to pick up the issues with the Health Boards and will meet with Y" → two tasks. */
function splitCoordinated(text: string): string[] {
  const m = /^(.{1,80}?\s+to)\s+(.*)$/.exec(text);
  if (!m) return [text];
  const parts = m[2]!.split(/,?\s+and\s+(?:will|would|also)\s+(?=[a-z])/);
  return parts.length > 1 ? parts.map((p) => `${m[1]} ${p}`) : [text];
}

function toRecord(draft: ActionDraft): ActionRecord {
  return {
    text: draft.text,
    owners: draft.owners,
    dueText: draft.dueText,
    due: draft.due,
    status: draft.status,
    item: draft.item,
    fromPreviousMeeting: draft.fromPreviousMeeting,
    update: draft.update,
    parent: draft.parent,
    resources: draft.resources,
    rag: draft.rag,
  };
}
