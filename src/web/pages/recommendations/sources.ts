/** Sources of recommendations: their list, adding one, a source's page with its response clock, and adding a recommendation to it. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { RECOMMENDATION_SOURCE_KINDS } from '../../../domain/recommendations.js';
import { listBodies } from '../../../services/bodies/index.js';
import { listOrganisations } from '../../../services/people/index.js';
import {
  createSource, getSource, listRecommendations, listSources, recordRecommendation, updateSource,
  type RecommendationInput, type SourceInput, type SourceRow,
} from '../../../services/recommendations/index.js';
import { redirectWith, signedIn } from '../forms.js';
import { allow, idParam, mayFor } from '../meetings/access.js';
import { translated, withBlank } from '../meetings/choices.js';
import { dateInput, errorsFor, field, orNull, readForm, required, type Form, type PageErrors } from '../meetings/formInput.js';
import { clockInWords } from './clock.js';

export async function sourcePages(app: FastifyInstance): Promise<void> {
  const opts = { preHandler: signedIn };

  app.get('/recommendations/sources', opts, async (request, reply) => {
    const sources = await listSources(request.ctx, { pageSize: 200 });
    return reply.page('recommendations/sources.njk', {
      sources: sources.items.map((s) => ({ ...s, clockText: clockInWords(s.clock, request.t, request.lang) })),
      may: mayFor(request),
    });
  });

  app.get('/recommendations/sources/new', opts, async (request, reply) => {
    allow(request, 'recommendation.edit');
    return sourceForm(request, reply, { kind: 'inspection' });
  });

  app.post('/recommendations/sources/new', opts, async (request, reply) => {
    const form = readForm(request);
    const input = {
      kind: required(form, 'kind'), title: field(form, 'title'), issuer: orNull(form, 'issuer'),
      publishedOn: dateInput(form, 'publishedOn'), responseDueOn: dateInput(form, 'responseDueOn'),
      bodyId: orNull(form, 'bodyId'), url: orNull(form, 'url'),
    } as SourceInput;
    try {
      const source = await createSource(request.ctx, input);
      return redirectWith(reply, `/recommendations/sources/${source.id}`, request.t('recommendations.sourceForm.saved', { title: source.title }));
    } catch (error) {
      return sourceForm(request, reply.code(400), form, errorsFor(error, request.t, 'recommendations.sourceForm', ['publishedOn', 'responseDueOn']));
    }
  });

  app.get('/recommendations/sources/:id', opts, async (request, reply) =>
    sourcePage(request, reply, await getSource(request.ctx, idParam(request)), {}));

  app.post('/recommendations/sources/:id/responded', opts, async (request, reply) => {
    const source = await getSource(request.ctx, idParam(request));
    const form = readForm(request);
    try {
      // Blank is not "no response": it goes to the service, which asks for a date.
      await updateSource(request.ctx, source.id, { respondedOn: dateInput(form, 'respondedOn') ?? '' });
      return redirectWith(reply, `/recommendations/sources/${source.id}`, request.t('recommendations.source.respondedSaved'));
    } catch (error) {
      return sourcePage(request, reply.code(400), source, form, errorsFor(error, request.t, 'recommendations.source', ['respondedOn']));
    }
  });

  app.get('/recommendations/sources/:id/recommendations/new', opts, async (request, reply) => {
    allow(request, 'recommendation.edit');
    return recommendationForm(request, reply, await getSource(request.ctx, idParam(request)), {});
  });

  app.post('/recommendations/sources/:id/recommendations/new', opts, async (request, reply) => {
    const source = await getSource(request.ctx, idParam(request));
    const form = readForm(request);
    const input = {
      sourceId: source.id, number: field(form, 'number'), text: field(form, 'text'),
      ownerBodyId: orNull(form, 'ownerBodyId'), ownerOrganisationId: orNull(form, 'ownerOrganisationId'),
      dueDate: dateInput(form, 'dueDate'), dueText: orNull(form, 'dueText'),
    } as RecommendationInput;
    try {
      const recommendation = await recordRecommendation(request.ctx, input);
      return redirectWith(reply, `/recommendations/${recommendation.id}`, request.t('recommendations.recommendationForm.saved', { number: recommendation.number }));
    } catch (error) {
      return recommendationForm(request, reply.code(400), source, form, errorsFor(error, request.t, 'recommendations.recommendationForm', ['dueDate']));
    }
  });
}

async function sourcePage(request: FastifyRequest, reply: FastifyReply, source: SourceRow, values: Form, errors?: PageErrors) {
  const recommendations = await listRecommendations(request.ctx, { sourceId: source.id, pageSize: 200 });
  return reply.page('recommendations/source.njk', {
    source,
    clockText: clockInWords(source.clock, request.t, request.lang),
    recommendations: recommendations.items,
    values,
    errors,
    may: mayFor(request),
  });
}

async function sourceForm(request: FastifyRequest, reply: FastifyReply, values: Form, errors?: PageErrors) {
  const t = request.t;
  const bodies = await listBodies(request.ctx);
  return reply.page('recommendations/sourceForm.njk', {
    values,
    errors,
    kinds: translated(t, 'recommendations.kinds', RECOMMENDATION_SOURCE_KINDS),
    bodies: withBlank(t('recommendations.sourceForm.noBody'), bodies.map((b) => ({ value: String(b.id), text: b.name }))),
  });
}

async function recommendationForm(request: FastifyRequest, reply: FastifyReply, source: SourceRow, values: Form, errors?: PageErrors) {
  const t = request.t;
  const [bodies, organisations] = await Promise.all([listBodies(request.ctx), listOrganisations(request.ctx)]);
  return reply.page('recommendations/recommendationForm.njk', {
    source,
    values: Object.keys(values).length ? values : { ownerBodyId: String(source.bodyId ?? '') },
    errors,
    bodies: withBlank(t('recommendations.recommendationForm.noBody'), bodies.map((b) => ({ value: String(b.id), text: b.name }))),
    organisations: withBlank(t('recommendations.recommendationForm.noOrganisation'), organisations.map((o) => ({ value: String(o.id), text: o.name }))),
  });
}
