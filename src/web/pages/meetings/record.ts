/**
 * The secretariat's forms for what is recorded at a meeting: an agenda item, a paragraph of
 * minutes (and editing one), a decision, a declaration of interest. Each is a GET showing
 * the form and a POST to the same address.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Permission } from '../../../domain/access.js';
import { DECLARATION_KINDS, EXEMPT_PARAGRAPHS, STANDING_ITEMS } from '../../../domain/meetings.js';
import type { ServiceContext } from '../../../services/context.js';
import { NotFound } from '../../../services/errors.js';
import {
  addAgendaItem, addDecision, addDeclaration, addMinute, getMeeting, updateMinute,
  type AgendaItemInput, type DecisionInput, type DeclarationInput, type MeetingView, type MinuteInput,
} from '../../../services/meetings/index.js';
import type { Translate } from '../../../i18n/index.js';
import { redirectWith, signedIn } from '../forms.js';
import { allow, idParam } from './access.js';
import { everyone, peopleChoices, translated, withBlank, type Choice } from './choices.js';
import { errorsFor, field, orNull, readForm, type Form, type PageErrors } from './formInput.js';

interface RecordForm {
  /** After /meetings/:id. */
  path: string;
  template: string;
  /** Translations: <section>.title, .saved, .errors.<field>. */
  section: string;
  permission: Permission;
  /** Where to go back to on the meeting's page. */
  anchor: string;
  /** What the form starts with (the query may name an item). */
  start?(view: MeetingView, request: FastifyRequest): Form;
  choices?(request: FastifyRequest, view: MeetingView): Promise<Record<string, Choice[]>>;
  save(ctx: ServiceContext, view: MeetingView, form: Form, request: FastifyRequest): Promise<unknown>;
}

export function itemChoices(view: MeetingView, t: Translate): Choice[] {
  return withBlank(t('meeting.forms.noItem'), view.items.map((i) => ({ value: String(i.id), text: i.number ? `${i.number}. ${i.title}` : i.title })));
}

/** The next paragraph number under an item: "3.4" after 3.1–3.3. */
function nextParagraph(view: MeetingView, itemId: number): string {
  const item = view.items.find((i) => i.id === itemId);
  return item?.number ? `${item.number}.${item.minutes.length + 1}` : '';
}

/** A paragraph of the minutes of this meeting, wherever it sits. */
function findMinute(view: MeetingView, minuteId: number) {
  for (const item of [...view.items, { id: null, ...view.general }]) {
    const minute = item.minutes.find((m) => m.id === minuteId);
    if (minute) return { ...minute, agendaItemId: item.id };
  }
  throw new NotFound('minute paragraph', minuteId);
}

const FORMS: RecordForm[] = [
  {
    path: '/items/new', template: 'meetings/agendaItem.njk', section: 'agenda', permission: 'meeting.edit', anchor: '#agenda',
    choices: async ({ t }) => ({
      exemptParagraphs: withBlank(t('agenda.notExempt'), EXEMPT_PARAGRAPHS.map((n) => ({ value: String(n), text: t('agenda.paragraph', { n, text: t(`agenda.exempt.${n}`) }) }))),
      standing: withBlank(t('agenda.notStanding'), translated(t, 'agenda.standing', STANDING_ITEMS)),
    }),
    save: (ctx, view, form) => addAgendaItem(ctx, view.meeting.id, {
      number: orNull(form, 'number'), title: field(form, 'title'), publicTitle: orNull(form, 'publicTitle'),
      exemptParagraph: orNull(form, 'exemptParagraph'), standing: orNull(form, 'standing'), presenter: orNull(form, 'presenter'),
    } as AgendaItemInput),
  },
  {
    path: '/minutes/new', template: 'meetings/minute.njk', section: 'minutes', permission: 'meeting.edit', anchor: '#minutes',
    start: (view, request): Form => {
      const itemId = Number((request.query as { itemId?: string }).itemId) || 0;
      return itemId ? { agendaItemId: String(itemId), number: nextParagraph(view, itemId) } : {};
    },
    choices: async ({ t }, view) => ({ items: itemChoices(view, t) }),
    save: (ctx, view, form) => addMinute(ctx, view.meeting.id, minuteInput(form)),
  },
  {
    path: '/minutes/:minuteId/edit', template: 'meetings/minute.njk', section: 'minutes', permission: 'meeting.edit', anchor: '#minutes',
    start: (view, request) => {
      const minute = findMinute(view, idParam(request, 'minuteId'));
      return { agendaItemId: String(minute.agendaItemId ?? ''), number: minute.number ?? '', text: minute.text };
    },
    choices: async ({ t }, view) => ({ items: itemChoices(view, t) }),
    save: (ctx, view, form, request) => updateMinute(ctx, findMinute(view, idParam(request, 'minuteId')).id, minuteInput(form)),
  },
  {
    path: '/decisions/new', template: 'meetings/decision.njk', section: 'decisionForm', permission: 'meeting.edit', anchor: '#decisions',
    start: (_view, request): Form => ({ agendaItemId: (request.query as { itemId?: string }).itemId ?? '' }),
    choices: async ({ t }, view) => ({ items: itemChoices(view, t) }),
    save: (ctx, view, form) => addDecision(ctx, view.meeting.id, {
      agendaItemId: orNull(form, 'agendaItemId'), number: orNull(form, 'number'), text: field(form, 'text'),
    } as DecisionInput),
  },
  {
    path: '/declarations/new', template: 'meetings/declaration.njk', section: 'declarationForm', permission: 'meeting.edit', anchor: '#declarations',
    start: () => ({ kind: 'personal' }),
    choices: async (request, view) => {
      const t = request.t;
      // Those at the meeting first: they are the ones who declare.
      const present = new Set(view.attendance.map((a) => a.personId));
      const people = (await everyone(request.ctx)).sort((a, b) => Number(present.has(b.id)) - Number(present.has(a.id)));
      return {
        people: withBlank(t('declarationForm.choosePerson'), peopleChoices(people)),
        items: itemChoices(view, t),
        kinds: translated(t, 'declarationForm.kinds', DECLARATION_KINDS),
      };
    },
    save: (ctx, view, form) => addDeclaration(ctx, view.meeting.id, {
      personId: field(form, 'personId') || undefined, agendaItemId: orNull(form, 'agendaItemId'),
      kind: field(form, 'kind') || undefined, interest: field(form, 'interest'),
    } as DeclarationInput),
  },
];

function minuteInput(form: Form): MinuteInput {
  return { agendaItemId: orNull(form, 'agendaItemId'), number: orNull(form, 'number'), text: field(form, 'text') } as MinuteInput;
}

export async function recordPages(app: FastifyInstance): Promise<void> {
  const opts = { preHandler: signedIn };
  for (const def of FORMS) {
    const url = `/meetings/:id${def.path}`;
    const show = async (request: FastifyRequest, reply: FastifyReply, view: MeetingView, values: Form, errors?: PageErrors) =>
      reply.page(def.template, {
        meeting: view.meeting, body: view.body, action: request.url.split('?')[0], editing: def.path.endsWith('/edit'),
        values, errors, ...(await def.choices?.(request, view)),
      });

    app.get(url, opts, async (request, reply) => {
      allow(request, def.permission);
      const view = await getMeeting(request.ctx, idParam(request));
      return show(request, reply, view, def.start?.(view, request) ?? {});
    });

    app.post(url, opts, async (request, reply) => {
      const view = await getMeeting(request.ctx, idParam(request));
      const form = readForm(request);
      try {
        await def.save(request.ctx, view, form, request);
        return redirectWith(reply, `/meetings/${view.meeting.id}${def.anchor}`, request.t(`${def.section}.saved`));
      } catch (error) {
        return show(request, reply.code(400), view, form, errorsFor(error, request.t, def.section));
      }
    });
  }
}
