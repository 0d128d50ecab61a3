/**
 * /import/:id/edit/actions/:n: one action of the record (its words, owners, due date as
 * written and as a date, status, item; for a reviewed earlier action its update; for an
 * action plan row its parent, resources and RAG), adding one, and removing one.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ACTION_RECORD_STATUSES, type ActionRecord, type ExtractionRecord } from '../../../extract/record.js';
import { NotFound } from '../../../services/errors.js';
import { redirectWith, signedIn } from '../forms.js';
import { idParam } from '../meetings/access.js';
import { translated, withBlank, type Choice } from '../meetings/choices.js';
import { dateInput, dateValues, errorsFor, field, orNull, readForm, type Form, type PageErrors } from '../meetings/formInput.js';
import { recordToChange, saveChanged, type UnderReview } from './changeRecord.js';

const RAGS = ['red', 'amber', 'green'] as const;

const EMPTY_ACTION: ActionRecord = {
  text: '', owners: [], dueText: null, due: null, status: 'open', item: null,
  fromPreviousMeeting: false, update: null, parent: null, resources: null, rag: null,
};

/** The action's place in the record from the address (1 for the first), or one past the end for a new one. */
function actionIndex(request: FastifyRequest, record: ExtractionRecord): number {
  if (request.url.split('?')[0]!.endsWith('/new')) return record.actions.length;
  const n = idParam(request, 'n');
  if (n > record.actions.length) throw new NotFound('action', n);
  return n - 1;
}

export async function editActionPages(app: FastifyInstance): Promise<void> {
  const opts = { preHandler: signedIn };

  for (const path of ['/import/:id/edit/actions/new', '/import/:id/edit/actions/:n']) {
    app.get(path, opts, async (request, reply) => {
      const found = await recordToChange(request, reply);
      if (!found) return reply;
      const index = actionIndex(request, found.record);
      return actionForm(request, reply, found, index, valuesOf(found.record.actions[index] ?? EMPTY_ACTION));
    });

    app.post(path, opts, async (request, reply) => {
      const found = await recordToChange(request, reply);
      if (!found) return reply;
      const index = actionIndex(request, found.record);
      const form = readForm(request);
      const actions = [...found.record.actions];
      actions[index] = actionFrom(form, found.record.actions[index] ?? EMPTY_ACTION);
      try {
        await saveChanged(request, found.id, { ...found.record, actions }, (f) => (f.startsWith(`actions.${index}.`) ? f.slice(`actions.${index}.`.length) : null));
        return redirectWith(reply, `/import/${found.id}#action-${index + 1}`, request.t('importPages.actionForm.saved', { n: index + 1 }));
      } catch (error) {
        return actionForm(request, reply.code(400), found, index, form, errorsFor(error, request.t, 'importPages.actionForm', ['due']));
      }
    });
  }

  app.post('/import/:id/edit/actions/:n/remove', opts, async (request, reply) => {
    const found = await recordToChange(request, reply);
    if (!found) return reply;
    const index = actionIndex(request, found.record);
    const actions = found.record.actions.filter((_, i) => i !== index);
    await saveChanged(request, found.id, { ...found.record, actions }, () => null);
    return redirectWith(reply, `/import/${found.id}#actions`, request.t('importPages.actionForm.removed', { n: index + 1 }));
  });
}

/** Owners as one line, separated by commas: "Sarah Mahon, Commissioner's Team". */
function ownersFrom(text: string): string[] {
  return text.split(/[,\n]/).map((s) => s.trim()).filter(Boolean);
}

function actionFrom(form: Form, before: ActionRecord): ActionRecord {
  return {
    ...before,
    text: field(form, 'text'),
    owners: ownersFrom(field(form, 'owners')),
    dueText: orNull(form, 'dueText'),
    due: dateInput(form, 'due'),
    status: (orNull(form, 'status') as ActionRecord['status']),
    item: orNull(form, 'item'),
    fromPreviousMeeting: field(form, 'fromPreviousMeeting') === 'yes',
    update: orNull(form, 'update'),
    parent: orNull(form, 'parent'),
    resources: orNull(form, 'resources'),
    rag: (orNull(form, 'rag') as ActionRecord['rag']),
  };
}

function valuesOf(action: ActionRecord): Form {
  return {
    text: action.text, owners: action.owners.join(', '), dueText: action.dueText ?? '', ...dateValues('due', action.due),
    status: action.status ?? '', item: action.item ?? '', fromPreviousMeeting: action.fromPreviousMeeting ? 'yes' : '',
    update: action.update ?? '', parent: action.parent ?? '', resources: action.resources ?? '', rag: action.rag ?? '',
  };
}

/** The record's agenda items, and the action's own item when the agenda does not have it. */
function itemChoices(record: ExtractionRecord, current: string, none: string): Choice[] {
  const items = record.items.map((i) => ({ value: i.number, text: `${i.number}. ${i.title}` }));
  if (current && !items.some((i) => i.value === current)) items.push({ value: current, text: current });
  return withBlank(none, items);
}

function actionForm(request: FastifyRequest, reply: FastifyReply, found: UnderReview, index: number, values: Form, errors?: PageErrors) {
  const { t } = request;
  const isNew = index >= found.record.actions.length;
  const base = `/import/${found.id}/edit/actions/${isNew ? 'new' : index + 1}`;
  const current = typeof values.item === 'string' ? values.item : '';
  return reply.page('importPages/editAction.njk', {
    item: found,
    n: index + 1,
    isNew,
    values,
    errors,
    action: base,
    removeAction: isNew ? null : `${base}/remove`,
    statuses: withBlank(t('importPages.actionForm.noStatus'), translated(t, 'status', ACTION_RECORD_STATUSES)),
    items: itemChoices(found.record, current, t('importPages.actionForm.noItem')),
    rags: withBlank(t('importPages.actionForm.noRag'), RAGS.map((r) => ({ value: r, text: t(`importPages.rag.${r}`) }))),
    isPlanRow: Boolean(values.parent || values.resources || values.rag),
  });
}
