/** Updates on an action and changes of its status: only allowed transitions; reopening keeps the history. */
import { eq } from 'drizzle-orm';
import { schema } from '../../db/index.js';
import type { Executor } from '../../db/connection.js';
import { canUpdateAction } from '../../domain/access.js';
import { canChangeStatus, explainTransition, isClosed, type ActionStatus } from '../../domain/actionStatus.js';
import { write } from '../audit.js';
import type { ServiceContext } from '../context.js';
import { Conflict, Forbidden, InvalidInput, say } from '../errors.js';
import { parse } from '../validation.js';
import { lockAction, type Action } from './raise.js';
import { actionUpdateInput, type ActionUpdateInput } from './schemas.js';

const { actions, actionOwners, actionUpdates, meetings } = schema;

async function ownerPersonIds(tx: Executor, actionId: number): Promise<number[]> {
  const rows = await tx.select({ personId: actionOwners.personId }).from(actionOwners).where(eq(actionOwners.actionId, actionId));
  return rows.flatMap((r) => (r.personId ? [r.personId] : []));
}

/** Applies an update inside a transaction already under way (imports of reviewed actions use this too). */
export async function postUpdateIn(tx: Executor, ctx: ServiceContext, action: Action, input: ActionUpdateInput) {
  const data = parse(actionUpdateInput, input);
  const to: ActionStatus | undefined = data.status && data.status !== action.status ? data.status : undefined;
  if (to && !canChangeStatus(action.status, to)) throw new Conflict(explainTransition(action.status, to), 'status');
  if (data.meetingId) {
    const [m] = await tx.select({ id: meetings.id }).from(meetings).where(eq(meetings.id, data.meetingId));
    if (!m) throw InvalidInput.field('meetingId', say('noMeeting', { id: data.meetingId }));
  }
  const on = data.on ?? ctx.today;
  const [update] = await tx.insert(actionUpdates).values({
    actionId: action.id,
    text: data.text,
    statusFrom: to ? action.status : null,
    statusTo: to ?? null,
    rag: data.rag ?? null,
    evidence: data.evidence,
    meetingId: data.meetingId ?? null,
    authorUserId: ctx.viewer.kind === 'user' && ctx.viewer.userId > 0 ? ctx.viewer.userId : null,
    authorName: ctx.actor,
    ...(data.on ? { createdAt: new Date(`${data.on}T12:00:00Z`) } : {}),
  }).returning();
  const changes: Partial<Action> = { updatedAt: new Date() };
  if (to) {
    changes.status = to;
    changes.closedOn = isClosed(to) ? on : null;
  }
  if (data.rag !== undefined) changes.ownerRag = data.rag;
  const [after] = await tx.update(actions).set(changes).where(eq(actions.id, action.id)).returning();
  return { update: update!, action: after! };
}

/** Posts an update, optionally changing status or RAG. Owners may update only their own actions. */
export async function postUpdate(ctx: ServiceContext, actionId: number, input: ActionUpdateInput) {
  return write(ctx, async (tx, record) => {
    const before = await lockAction(tx, actionId);
    if (!canUpdateAction(ctx.viewer, { ownerPersonIds: await ownerPersonIds(tx, actionId) })) {
      throw new Forbidden(say(ctx.viewer.kind === 'public' ? 'signInToUpdate' : 'notYourAction'));
    }
    const result = await postUpdateIn(tx, ctx, before, input);
    const event = result.action.status === before.status ? 'action.update' : 'action.status';
    await record({ event, entityType: 'action', entityId: actionId, before, after: { ...result.action, update: result.update } });
    return result;
  });
}
