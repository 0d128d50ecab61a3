/**
 * Reminders to action owners: one email a person listing their actions that are overdue or
 * due within 14 days, in the person's own language. An action is not mentioned to the same
 * person again within a week.
 */
import { and, gte, inArray, isNotNull } from 'drizzle-orm';
import type { Transporter } from 'nodemailer';
import { schema } from '../../db/index.js';
import type { Language } from '../../domain/bodies.js';
import { addDays } from '../../domain/dates.js';
import { translator, formatDate } from '../../i18n/index.js';
import { allActions } from '../exports/actionLog.js';
import type { ActionListRow } from '../actions/query.js';
import { requirePermission, type ServiceContext } from '../context.js';
import { audit } from '../audit.js';

const { people, reminders } = schema;

export const REMIND_AGAIN_AFTER_DAYS = 7;

export interface Reminder {
  personId: number;
  name: string;
  email: string;
  language: Language;
  actions: { action: ActionListRow; kind: 'overdue' | 'due soon' }[];
}

/** Who should be reminded today, and of what. */
export async function dueReminders(ctx: ServiceContext): Promise<Reminder[]> {
  requirePermission(ctx, 'action.raise');
  const [overdue, soon] = await Promise.all([allActions(ctx, { overdue: true }), allActions(ctx, { dueSoon: true })]);
  const candidates = [...overdue.map((a) => ({ action: a, kind: 'overdue' as const })), ...soon.map((a) => ({ action: a, kind: 'due soon' as const }))];
  const personIds = [...new Set(candidates.flatMap((c) => c.action.owners.flatMap((o) => (o.personId ? [o.personId] : []))))];
  if (!personIds.length) return [];
  const [owners, recent] = await Promise.all([
    ctx.db.select({ id: people.id, name: people.name, email: people.email, language: people.preferredLanguage }).from(people)
      .where(and(inArray(people.id, personIds), isNotNull(people.email))),
    ctx.db.select({ actionId: reminders.actionId, personId: reminders.personId, kind: reminders.kind }).from(reminders)
      .where(and(inArray(reminders.personId, personIds), gte(reminders.sentOn, addDays(ctx.today, -REMIND_AGAIN_AFTER_DAYS + 1)))),
  ]);
  const already = new Set(recent.map((r) => `${r.actionId}/${r.personId}/${r.kind}`));
  return owners.flatMap((person) => {
    const actions = candidates.filter((c) => c.action.owners.some((o) => o.personId === person.id) && !already.has(`${c.action.id}/${person.id}/${c.kind}`));
    return actions.length ? [{ personId: person.id, name: person.name, email: person.email!, language: person.language, actions }] : [];
  });
}

/** The email for one person, in their language. */
export function reminderMessage(reminder: Reminder, baseUrl: string): { subject: string; text: string } {
  const t = translator(reminder.language);
  const line = ({ action, kind }: Reminder['actions'][number]) =>
    `- ${action.reference}: ${action.text}\n  ${t(kind === 'overdue' ? 'mail.reminder.wasDue' : 'mail.reminder.isDue', { date: formatDate(action.effectiveDue, reminder.language) })}\n  ${baseUrl}/actions/${action.id}`;
  const overdue = reminder.actions.filter((a) => a.kind === 'overdue');
  const soon = reminder.actions.filter((a) => a.kind === 'due soon');
  const sections = [
    t('mail.reminder.greeting', { name: reminder.name }),
    ...(overdue.length ? [t('mail.reminder.overdue'), ...overdue.map(line)] : []),
    ...(soon.length ? [t('mail.reminder.dueSoon'), ...soon.map(line)] : []),
    t('mail.reminder.update'),
    t('mail.reminder.signOff'),
  ];
  return { subject: t('mail.reminder.subject', { count: reminder.actions.length }), text: sections.join('\n\n') };
}

export interface ReminderRun {
  sent: { email: string; actions: number; subject: string; text: string }[];
  failed: { email: string; error: string }[];
}

/** Sends today's reminders; each sent mail is recorded so that it is not sent twice. */
export async function sendReminders(ctx: ServiceContext, mail: { transport: Transporter | null; from: string; baseUrl: string }, dryRun = false): Promise<ReminderRun> {
  const run: ReminderRun = { sent: [], failed: [] };
  for (const reminder of await dueReminders(ctx)) {
    const message = reminderMessage(reminder, mail.baseUrl);
    const sent = { email: reminder.email, actions: reminder.actions.length, ...message };
    if (dryRun || !mail.transport) {
      run.sent.push(sent);
      continue;
    }
    try {
      await mail.transport.sendMail({ from: mail.from, to: `${reminder.name} <${reminder.email}>`, subject: message.subject, text: message.text, headers: { 'Content-Language': reminder.language } });
    } catch (error) {
      run.failed.push({ email: reminder.email, error: (error as Error).message });
      continue;
    }
    await ctx.db.transaction(async (tx) => {
      await tx.insert(reminders).values(reminder.actions.map(({ action, kind }) => ({ actionId: action.id, personId: reminder.personId, kind, sentOn: ctx.today })))
        .onConflictDoNothing();
      await audit(tx, ctx, { event: 'reminder.sent', entityType: 'person', entityId: reminder.personId, after: { actions: reminder.actions.map((a) => a.action.reference) } });
    });
    run.sent.push(sent);
  }
  return run;
}

