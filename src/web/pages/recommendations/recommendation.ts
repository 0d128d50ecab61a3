/**
 * A recommendation's page: its response, implementation and the actions implementing it; and
 * the secretariat's forms, on the page, to record the response, move the implementation on
 * (closing needs the evidence) and link an action by its reference.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { can } from '../../../domain/access.js';
import { IMPLEMENTATION_STATUSES, RESPONSES, canMoveImplementation } from '../../../domain/recommendations.js';
import { findActionByReference } from '../../../services/actions/index.js';
import { requirePermission, type ServiceContext } from '../../../services/context.js';
import { Conflict, InvalidInput, NotFound } from '../../../services/errors.js';
import {
  getRecommendation, linkAction, recordResponse, setImplementation,
  type ImplementationInput, type RecommendationView, type ResponseInput,
} from '../../../services/recommendations/index.js';
import type { Translate } from '../../../i18n/index.js';
import { redirectWith, signedIn } from '../forms.js';
import { idParam, mayFor } from '../meetings/access.js';
import { dateInput, errorsFor, field, orNull, readForm, required, type Form, type PageErrors } from '../meetings/formInput.js';
import { clockInWords } from './clock.js';

interface RecommendationForm {
  path: string;
  /** Translations: recommendations.page.<section>.saved and .errors.<field>. */
  section: string;
  dateFields: string[];
  save(ctx: ServiceContext, recommendation: RecommendationView, form: Form, t: Translate): Promise<unknown>;
}

const FORMS: RecommendationForm[] = [
  {
    path: 'response', section: 'responseForm', dateFields: ['responseDate'],
    save: (ctx, r, form) => recordResponse(ctx, r.id, {
      response: required(form, 'response'), responseText: orNull(form, 'responseText'), responseDate: dateInput(form, 'responseDate') ?? undefined,
    } as ResponseInput),
  },
  {
    path: 'implementation', section: 'implementationForm', dateFields: ['closedOn'],
    save: (ctx, r, form) => setImplementation(ctx, r.id, {
      implementation: required(form, 'implementation'), closureEvidence: orNull(form, 'closureEvidence'), closedOn: dateInput(form, 'closedOn') ?? undefined,
    } as ImplementationInput),
  },
  {
    path: 'actions', section: 'linkForm', dateFields: [],
    save: async (ctx, r, form, t) => {
      requirePermission(ctx, 'recommendation.edit');
      const reference = field(form, 'actionReference');
      if (!reference) throw InvalidInput.field('actionReference', t('recommendations.page.linkForm.missing'));
      const action = await findActionByReference(ctx, reference).catch((error: unknown) => {
        if (error instanceof NotFound) throw InvalidInput.field('actionReference', t('recommendations.page.linkForm.notFound', { reference }));
        throw error;
      });
      return linkAction(ctx, r.id, { actionId: action.id }).catch((error: unknown) => {
        // The form names the action by its reference, not its id.
        if (error instanceof Conflict) throw new Conflict(error.words, 'actionReference');
        throw error;
      });
    },
  },
];

export async function recommendationPages(app: FastifyInstance): Promise<void> {
  const opts = { preHandler: signedIn };

  app.get('/recommendations/:id', opts, async (request, reply) =>
    recommendationPage(request, reply, await getRecommendation(request.ctx, idParam(request)), {}));

  for (const def of FORMS) {
    app.post(`/recommendations/:id/${def.path}`, opts, async (request, reply) => {
      const recommendation = await getRecommendation(request.ctx, idParam(request));
      const form = readForm(request);
      const section = `recommendations.page.${def.section}`;
      try {
        await def.save(request.ctx, recommendation, form, request.t);
        return redirectWith(reply, `/recommendations/${recommendation.id}`, request.t(`${section}.saved`));
      } catch (error) {
        return recommendationPage(request, reply.code(400), recommendation, form, errorsFor(error, request.t, section, def.dateFields));
      }
    });
  }
}

async function recommendationPage(request: FastifyRequest, reply: FastifyReply, r: RecommendationView, values: Form, errors?: PageErrors) {
  const t = request.t;
  const mayClose = can(request.viewer, 'recommendation.close');
  // Moves the domain allows from here; closing (or reopening a closed one) only for those who may close.
  const moves = IMPLEMENTATION_STATUSES.filter((s) => canMoveImplementation(r.implementation, s) && (mayClose || (s !== 'closed' && r.implementation !== 'closed')));
  return reply.page('recommendations/recommendation.njk', {
    r,
    clockText: clockInWords(r.source.clock, t, request.lang),
    values: { response: r.response === 'pending' ? '' : r.response, responseText: r.responseText ?? '', ...values },
    errors,
    responses: RESPONSES.map((s) => ({ value: s, text: t(`status.${s}`) })),
    moves: moves.map((s) => ({ value: s, text: t(`status.${s}`), hint: s === 'closed' ? { text: t('recommendations.page.implementationForm.closedHint') } : undefined })),
    may: mayFor(request),
  });
}
