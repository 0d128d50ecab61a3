/**
 * The record's actions: reviews of earlier actions update those actions (status and update)
 * instead of making new ones; new actions are raised with their owners, due dates and items.
 */
import { and, eq } from 'drizzle-orm';
import { schema } from '../../db/index.js';
import { canChangeStatus, isClosed, type ActionStatus } from '../../domain/actionStatus.js';
import type { ActionRecord } from '../../extract/record.js';
import { lockAction, raiseActionIn, type Action } from '../actions/raise.js';
import type { OwnerInput } from '../actions/schemas.js';
import { postUpdateIn } from '../actions/updates.js';
import { InvalidInput } from '../errors.js';
import { actionsOfBody, actionsOfMeeting, findAction, type CandidateAction } from './earlierActions.js';
import { comparable } from './names.js';
import { longDate, type ImportRun } from './run.js';
import { similarity } from './similarity.js';
import { planActionFor } from './writeReport.js';
import { ownerPersonIds, ownersFor } from './writePeople.js';

const { actionUpdates } = schema;

const clip = (text: string | null, max: number) => (text && text.length > max ? `${text.slice(0, max - 1)}…` : text);
const quote = (text: string) => `"${clip(text, 80)}"`;

export async function recordActions(run: ImportRun): Promise<void> {
  // Taken before anything is raised, so that only what an earlier import made can match.
  const [earlier, ofThisMeeting] = await Promise.all([
    actionsOfBody(run.tx, run.body.id, run.meeting.date),
    actionsOfMeeting(run.tx, run.meeting.id),
  ]);
  const used = new Set<number>();
  const notFound: string[] = [];
  for (const [index, action] of run.data.actions.entries()) {
    await naming(index, async () => {
      const owners = await ownersFor(run, action.owners);
      if (!action.fromPreviousMeeting) return recordNewAction(run, action, owners, ofThisMeeting, used);
      const added = await applyReview(run, action, owners, earlier, used);
      if (added) notFound.push(added.reference);
    });
  }
  if (notFound.length) {
    run.summary.warnings.push(`${notFound.length === 1 ? '1 action' : `${notFound.length} actions`} reviewed from an earlier meeting matched no earlier action of ${run.body.name}, so ${notFound.length === 1 ? 'it was' : 'they were'} added to this meeting: ${notFound.join(', ')}.`);
  }
}

/** Errors from the action services name the record's field: "actions.3.dueText". */
async function naming(index: number, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    if (error instanceof InvalidInput) {
      throw new InvalidInput(error.problems.map((p) => ({ ...p, field: `actions.${index}${p.field ? `.${p.field}` : ''}` })));
    }
    throw error;
  }
}

/** Applies a review to the earlier action it speaks of; without one, adds the action (returned) to this meeting. */
async function applyReview(run: ImportRun, data: ActionRecord, owners: OwnerInput[], earlier: CandidateAction[], used: Set<number>): Promise<Action | null> {
  const found = findAction({ text: data.text, dueText: data.dueText, update: data.update, ownerIds: ownerPersonIds(owners) }, earlier, used);
  if (found) {
    used.add(found.action.id);
    run.summary.actions[await applyUpdate(run, found.action.id, data)]++;
    return null;
  }
  const action = await raise(run, data, owners, null);
  const note = `Reviewed at the meeting on ${longDate(run.meeting.date)} as an action of an earlier meeting that is not in the record.`;
  await postUpdate(run, action, { text: data.update ? `${note} ${data.update}` : note });
  return action;
}

async function recordNewAction(run: ImportRun, data: ActionRecord, owners: OwnerInput[], ofThisMeeting: CandidateAction[], used: Set<number>): Promise<void> {
  // The same minutes imported again (say the Word version after the text): the action is already there.
  const same = findAction({ text: data.text, dueText: data.dueText, ownerIds: ownerPersonIds(owners) }, ofThisMeeting, used);
  if (same) {
    used.add(same.action.id);
    run.summary.actions[await applyUpdate(run, same.action.id, data)]++;
    return;
  }
  const planActionId = data.parent ? await planActionFor(run, data.parent) : null;
  const action = await raise(run, data, owners, planActionId);
  if (data.update) await postUpdate(run, action, { text: data.update });
}

async function raise(run: ImportRun, data: ActionRecord, owners: OwnerInput[], planActionId: number | null): Promise<Action> {
  if (owners.length > 20) run.summary.warnings.push(`${quote(data.text)} names ${owners.length} owners; the first 20 were kept.`);
  const status: ActionStatus = data.status ?? 'open';
  const row = await raiseActionIn(run.tx, run.ctx, {
    meetingId: run.meeting.id,
    agendaItemId: data.item ? run.items.get(data.item) ?? null : null,
    planActionId,
    text: clip(data.text, 4000)!,
    owners: owners.slice(0, 20),
    dueDate: data.due,
    dueText: clip(data.dueText, 200),
    ownerRag: data.rag,
    resources: clip(data.resources, 1000),
  }, { status, closedOn: run.meeting.date });
  await run.audit({ event: 'action.create', entityType: 'action', entityId: row.id, after: { ...row, owners } });
  run.summary.actions.created++;
  return row;
}

async function postUpdate(run: ImportRun, action: Action, input: { text: string; status?: ActionStatus }): Promise<Action> {
  const result = await postUpdateIn(run.tx, run.ctx, action, {
    text: clip(input.text, 10_000)!,
    status: input.status,
    meetingId: run.meeting.id,
    on: run.meeting.date,
  });
  await run.audit({
    event: result.action.status === action.status ? 'action.update' : 'action.status',
    entityType: 'action', entityId: action.id, before: action, after: { ...result.action, update: result.update },
  });
  return result.action;
}

/**
 * Applies the status and update the minutes give to an action already in the record. A status
 * the rules do not allow from where the action stands is left, with a warning; the words are kept.
 * The same update from this meeting is not recorded twice.
 */
async function applyUpdate(run: ImportRun, actionId: number, data: ActionRecord): Promise<'updated' | 'unchanged'> {
  const action = await lockAction(run.tx, actionId);
  // "Open" in a log means not done yet: nothing to change for an action already under way.
  const stillOpen = data.status === 'open' && !isClosed(action.status);
  const wanted = data.status && data.status !== action.status && !stillOpen ? data.status : undefined;
  const status = wanted && canChangeStatus(action.status, wanted) ? wanted : undefined;
  if (wanted && !status) {
    run.summary.warnings.push(`${action.reference}: the minutes say it is ${wanted}, but an action that is ${action.status} cannot become ${wanted}; the update was recorded without changing its status.`);
  }
  const text = data.update ?? (status ? `Marked ${status} at the meeting on ${longDate(run.meeting.date)}.` : null);
  if (!text) return 'unchanged';
  const given = await run.tx.select({ text: actionUpdates.text }).from(actionUpdates)
    .where(and(eq(actionUpdates.actionId, actionId), eq(actionUpdates.meetingId, run.meeting.id)));
  const already = given.some((u) => comparable(u.text).includes(comparable(text)) || similarity(u.text, text) >= 0.85);
  if (already && !status) return 'unchanged';
  await postUpdate(run, action, { text, status });
  return 'updated';
}
