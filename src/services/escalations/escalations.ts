/** Escalations: an action, an agenda item or a matter sent from one body to another for decision, and its outcome there. */
import { and, eq } from 'drizzle-orm';
import { schema } from '../../db/index.js';
import { scopeFor } from '../../domain/access.js';
import { write } from '../audit.js';
import { requirePermission, type ServiceContext } from '../context.js';
import { Conflict, InvalidInput, NotFound, say } from '../errors.js';
import { assertBody, meetingOfBody, placeRecord } from '../placement.js';
import { parse } from '../validation.js';
import { actionVisible } from '../visibility.js';
import { escalationInput, outcomeInput, type EscalationInput, type OutcomeInput } from './schemas.js';

const { escalations, actions } = schema;

export type Escalation = typeof escalations.$inferSelect;

/** Escalates to another body: what is escalated must belong to the body escalating it. */
export async function escalate(ctx: ServiceContext, input: EscalationInput): Promise<Escalation> {
  requirePermission(ctx, 'escalation.raise');
  const data = parse(escalationInput, input);
  if (data.toBodyId === data.fromBodyId) {
    throw InvalidInput.field('toBodyId', say('escalateToSelf'));
  }
  return write(ctx, async (tx, record) => {
    const from = await assertBody(tx, data.fromBodyId, 'fromBodyId');
    const to = await assertBody(tx, data.toBodyId, 'toBodyId');
    if (data.actionId) {
      const [action] = await tx.select({ bodyId: actions.bodyId, reference: actions.reference }).from(actions)
        .where(and(eq(actions.id, data.actionId), actionVisible(scopeFor(ctx.viewer), actions)));
      if (!action) throw InvalidInput.field('actionId', say('noAction', { id: data.actionId }));
      if (action.bodyId !== data.fromBodyId) throw InvalidInput.field('actionId', say('actionNotOfBody', { reference: action.reference, body: from.name }));
      const [waiting] = await tx.select({ id: escalations.id }).from(escalations)
        .where(and(eq(escalations.actionId, data.actionId), eq(escalations.toBodyId, data.toBodyId), eq(escalations.status, 'waiting')));
      if (waiting) throw new Conflict(say('alreadyEscalated', { reference: action.reference, body: to.name }), 'actionId');
    }
    const where = await placeRecord(tx, { bodyId: data.fromBodyId, meetingId: data.raisedAtMeetingId, agendaItemId: data.agendaItemId }, true, 'raisedAtMeetingId');
    const [row] = await tx.insert(escalations).values({ ...data, raisedAtMeetingId: where.meetingId }).returning();
    await record({ event: 'escalation.create', entityType: 'escalation', entityId: row!.id, after: row });
    return row!;
  });
}

/** Records what the receiving body did: decided, returned or withdrawn, always with the words of the outcome. */
export async function recordOutcome(ctx: ServiceContext, escalationId: number, input: OutcomeInput): Promise<Escalation> {
  requirePermission(ctx, 'escalation.decide');
  const data = parse(outcomeInput, input);
  if (!data.outcome) {
    throw InvalidInput.field('outcome', say(data.status === 'decided' ? 'sayDecided' : 'sayWhyClosed', { status: data.status }));
  }
  return write(ctx, async (tx, record) => {
    const [before] = await tx.select().from(escalations).where(eq(escalations.id, escalationId)).for('update');
    if (!before) throw new NotFound('escalation', escalationId);
    if (before.status !== 'waiting') {
      throw new Conflict(say(before.decidedOn ? 'escalationDoneOn' : 'escalationDone', { status: before.status, date: before.decidedOn ?? '' }), 'status');
    }
    const heard = data.heardAtMeetingId ? await meetingOfBody(tx, data.heardAtMeetingId, before.toBodyId, 'heardAtMeetingId') : null;
    const [after] = await tx.update(escalations).set({
      status: data.status,
      outcome: data.outcome,
      heardAtMeetingId: heard?.id ?? before.heardAtMeetingId,
      decidedOn: data.decidedOn ?? heard?.date ?? ctx.today,
      updatedAt: new Date(),
    }).where(eq(escalations.id, escalationId)).returning();
    await record({ event: 'escalation.outcome', entityType: 'escalation', entityId: escalationId, before, after });
    return after!;
  });
}
