/** The secretariat's forms on a report card: a measure's value for a period, and a task under a plan action. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { RAG_VALUES } from '../../../domain/rag.js';
import type { OwnerInput } from '../../../services/actions/index.js';
import { InvalidInput, NotFound } from '../../../services/errors.js';
import { addTask, getPlan, recordMeasureValue, type MeasureValueInput, type ReportCard, type TaskInput } from '../../../services/plans/index.js';
import { redirectWith, signedIn } from '../forms.js';
import { allow, idParam } from '../meetings/access.js';
import { everyone, peopleChoices, withBlank } from '../meetings/choices.js';
import { dateInput, errorsFor, field, orNull, readForm, type Form, type PageErrors } from '../meetings/formInput.js';

export async function planFormPages(app: FastifyInstance): Promise<void> {
  const opts = { preHandler: signedIn };

  app.get('/plans/:id/measures/:measureId/values/new', opts, async (request, reply) => {
    allow(request, 'plan.edit');
    const { plan, measure } = await measureOf(request);
    return valueForm(reply, plan, measure, {});
  });

  app.post('/plans/:id/measures/:measureId/values/new', opts, async (request, reply) => {
    const { plan, measure } = await measureOf(request);
    const form = readForm(request);
    // A number as typed ("1,204" or "12.5"); anything else goes to the service, which says so.
    const typed = field(form, 'value').replace(/,/g, '');
    const input = {
      period: field(form, 'period'),
      periodEnd: dateInput(form, 'periodEnd') ?? undefined,
      value: typed && Number.isFinite(Number(typed)) ? Number(typed) : typed,
      note: orNull(form, 'note'),
    } as MeasureValueInput;
    try {
      await recordMeasureValue(request.ctx, measure.id, input);
      return redirectWith(reply, `/plans/${plan.id}#measure-${measure.id}`, request.t('plans.valueForm.saved', { name: measure.name }));
    } catch (error) {
      return valueForm(reply.code(400), plan, measure, form, errorsFor(error, request.t, 'plans.valueForm', ['periodEnd']));
    }
  });

  app.get('/plans/:id/actions/:planActionId/tasks/new', opts, async (request, reply) => {
    allow(request, 'plan.edit');
    const { plan, planAction } = await planActionOf(request);
    return taskForm(request, reply, plan, planAction, {});
  });

  app.post('/plans/:id/actions/:planActionId/tasks/new', opts, async (request, reply) => {
    const { plan, planAction } = await planActionOf(request);
    const form = readForm(request);
    const lead = field(form, 'leadPersonId');
    const team = field(form, 'team');
    const input = {
      text: field(form, 'text'),
      owners: [...(lead ? [{ personId: lead }] : []), ...(team ? [{ team }] : [])] as OwnerInput[],
      dueDate: dateInput(form, 'dueDate'),
      dueText: orNull(form, 'dueText'),
      resources: orNull(form, 'resources'),
      ownerRag: orNull(form, 'ownerRag'),
    } as TaskInput;
    try {
      const task = await addTask(request.ctx, planAction.id, input);
      return redirectWith(reply, `/plans/${plan.id}#plan-action-${planAction.id}`, request.t('plans.taskForm.saved', { reference: task.reference }));
    } catch (error) {
      // The lead and the team are the owners the service numbers.
      const onForm = error instanceof InvalidInput
        ? new InvalidInput(error.problems.map((p) => ({ ...p, field: p.field.startsWith('owners') ? (p.field.endsWith('team') ? 'team' : 'leadPersonId') : p.field })))
        : error;
      return taskForm(request, reply.code(400), plan, planAction, form, errorsFor(onForm, request.t, 'plans.taskForm', ['dueDate']));
    }
  });
}

async function measureOf(request: FastifyRequest) {
  const plan = await getPlan(request.ctx, idParam(request));
  const measure = plan.measures.find((m) => m.id === idParam(request, 'measureId'));
  if (!measure) throw new NotFound('measure of this plan', idParam(request, 'measureId'));
  return { plan, measure };
}

async function planActionOf(request: FastifyRequest) {
  const plan = await getPlan(request.ctx, idParam(request));
  const planAction = [...plan.objectives.flatMap((o) => o.actions), ...plan.otherActions].find((a) => a.id === idParam(request, 'planActionId'));
  if (!planAction) throw new NotFound('action of this plan', idParam(request, 'planActionId'));
  return { plan, planAction };
}

function valueForm(reply: FastifyReply, plan: ReportCard, measure: ReportCard['measures'][number], values: Form, errors?: PageErrors) {
  return reply.page('plans/valueForm.njk', { plan, measure, values, errors });
}

async function taskForm(request: FastifyRequest, reply: FastifyReply, plan: ReportCard, planAction: { id: number; number: string | null; text: string }, values: Form, errors?: PageErrors) {
  const t = request.t;
  return reply.page('plans/taskForm.njk', {
    plan,
    planAction,
    values,
    errors,
    people: withBlank(t('plans.taskForm.noLead'), peopleChoices(await everyone(request.ctx))),
    rags: withBlank(t('plans.taskForm.derivedRag'), RAG_VALUES.map((r) => ({ value: r, text: t(`rag.${r}`) }))),
  });
}
