/**
 * "Prepare the next meeting": a task list (agenda, attendance, matters arising, papers,
 * publish) and the body's open actions carried forward, which can be put on the agenda as
 * a "Matters arising" item with a paragraph per action.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { carryForward, type MattersArising } from '../../../services/actions/index.js';
import { listDocuments } from '../../../services/documents/index.js';
import { Conflict } from '../../../services/errors.js';
import { addItemWithMinutes, getMeeting, type MeetingView } from '../../../services/meetings/index.js';
import { formatDate } from '../../../i18n/index.js';
import { redirectWith, signedIn } from '../forms.js';
import { allow, idParam } from './access.js';
import { errorsFor, field, readForm, type Form, type PageErrors } from './formInput.js';

type TaskState = 'completed' | 'notStarted' | 'cannotStart';

export async function preparePages(app: FastifyInstance): Promise<void> {
  const opts = { preHandler: signedIn };

  app.get('/meetings/:id/prepare', opts, async (request, reply) => {
    allow(request, 'meeting.edit');
    const view = await getMeeting(request.ctx, idParam(request));
    return preparePage(request, reply, view, { number: nextItemNumber(view) });
  });

  app.post('/meetings/:id/prepare/matters-arising', opts, async (request, reply) => {
    const view = await getMeeting(request.ctx, idParam(request));
    const form = readForm(request);
    const { t, ctx } = request;
    try {
      if (view.items.some((i) => i.standing === 'matters arising')) throw new Conflict(t('prepare.errors.numberConflict'), 'number');
      const number = field(form, 'number') || null;
      const matters = await carryForward(ctx, view.meeting.bodyId, view.meeting.id);
      const paragraphs = matters.actions.map((action, i) => {
        const update = action.latestUpdate
          ? ` ${t('prepare.latestUpdateOn', { date: formatDate(action.latestUpdate.createdAt, request.lang) })}: ${action.latestUpdate.text}`
          : ` ${t('prepare.noUpdateYet')}`;
        return { number: number ? `${number}.${i + 1}` : null, text: `${action.reference} – ${action.text}${update}` };
      });
      const { item } = await addItemWithMinutes(ctx, view.meeting.id, { number, title: t('agenda.standing.matters arising'), standing: 'matters arising' }, paragraphs);
      return redirectWith(reply, `/meetings/${view.meeting.id}#item-${item.id}`, t('prepare.added', { n: matters.actions.length }));
    } catch (error) {
      return preparePage(request, reply.code(400), view, form, errorsFor(error, t, 'prepare'));
    }
  });
}

/** One more than the highest whole item number on the agenda so far. */
function nextItemNumber(view: MeetingView): string {
  const numbers = view.items.map((i) => Number.parseInt(i.number ?? '', 10)).filter((n) => Number.isFinite(n));
  return String(Math.max(0, ...numbers) + 1);
}

function tasks(request: FastifyRequest, view: MeetingView, matters: MattersArising, papers: number) {
  const id = view.meeting.id;
  const status = view.meeting.status;
  const onAgenda = view.items.find((i) => i.standing === 'matters arising');
  const task = (name: string, state: TaskState, href: string, hint?: string) => ({ name, state, href, hint });
  return [
    task('agenda', view.items.length ? 'completed' : 'notStarted', `/meetings/${id}/items/new`,
      request.t('prepare.hints.agenda', { n: view.items.length })),
    task('attendance', view.attendance.length ? 'completed' : 'notStarted', `/meetings/${id}/attendance`,
      request.t('prepare.hints.attendance', { n: view.attendance.length })),
    task('mattersArising', onAgenda ? 'completed' : 'notStarted', onAgenda ? `/meetings/${id}#item-${onAgenda.id}` : '#matters-arising',
      request.t('prepare.hints.mattersArising', { n: matters.actions.length })),
    task('papers', papers ? 'completed' : 'notStarted', `/meetings/${id}/papers`, request.t('prepare.hints.papers', { n: papers })),
    task('publish', status === 'published' ? 'completed' : status === 'minutes approved' ? 'notStarted' : 'cannotStart', `/meetings/${id}#status`,
      request.t('prepare.hints.publish', { status: request.t(`status.${status}`) })),
  ];
}

async function preparePage(request: FastifyRequest, reply: FastifyReply, view: MeetingView, values: Form, errors?: PageErrors) {
  const t = request.t;
  const [matters, papers] = await Promise.all([
    carryForward(request.ctx, view.meeting.bodyId, view.meeting.id),
    listDocuments(request.ctx, { meetingId: view.meeting.id, pageSize: 1 }),
  ]);
  const taskList = tasks(request, view, matters, papers.total).map((task) => ({
    title: { text: t(`prepare.tasks.${task.name}`) },
    hint: task.hint ? { text: task.hint } : undefined,
    href: task.state === 'cannotStart' ? undefined : task.href,
    status: task.state === 'completed'
      ? { text: t('prepare.states.completed') }
      : task.state === 'cannotStart'
        ? { text: t('prepare.states.cannotStart'), classes: 'govuk-task-list__status--cannot-start-yet' }
        : { tag: { text: t('prepare.states.notStarted'), classes: 'govuk-tag--blue' } },
  }));
  return reply.page('meetings/prepare.njk', {
    meeting: view.meeting,
    body: view.body,
    taskList,
    actions: matters.actions,
    alreadyOnAgenda: view.items.some((i) => i.standing === 'matters arising'),
    values,
    errors,
  });
}
