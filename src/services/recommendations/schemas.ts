import { z } from 'zod';
import { IMPLEMENTATION_STATUSES, RECOMMENDATION_SOURCE_KINDS, RESPONSES } from '../../domain/recommendations.js';
import { flag, id, isoDate, list, longText, optionalText, paging, shortText } from '../schemas.js';

export const sourceInput = z.object({
  kind: z.enum(RECOMMENDATION_SOURCE_KINDS),
  title: shortText(500),
  issuer: optionalText(200),
  publishedOn: isoDate.nullish(),
  /** For inspections this is worked out from publishedOn (s55); for other kinds it may be given. */
  responseDueOn: isoDate.nullish(),
  respondedOn: isoDate.nullish(),
  bodyId: id.nullish(),
  url: optionalText(2000).refine((v) => v === null || /^https?:\/\/\S+$/.test(v), 'Enter a web address starting https://'),
});
export type SourceInput = z.input<typeof sourceInput>;
export const sourceUpdate = sourceInput.partial();

export const sourceFilter = paging.extend({
  kind: z.enum(RECOMMENDATION_SOURCE_KINDS).optional(),
  bodyId: id.optional(),
});
export type SourceFilter = z.input<typeof sourceFilter>;

export const recommendationInput = z.object({
  sourceId: id,
  /** As numbered in the report: "3", "R2.1". */
  number: shortText(20),
  text: longText(10_000),
  ownerBodyId: id.nullish(),
  ownerOrganisationId: id.nullish(),
  dueDate: isoDate.nullish(),
  /** As written: "within 6 months". */
  dueText: optionalText(200),
});
export type RecommendationInput = z.input<typeof recommendationInput>;
export const recommendationEdit = recommendationInput.omit({ sourceId: true }).partial();
export type RecommendationEdit = z.input<typeof recommendationEdit>;

export const responseInput = z.object({
  response: z.enum(RESPONSES),
  /** The words of the response; for "not accepted", the reasons. */
  responseText: optionalText(10_000),
  /** Defaults to today. */
  responseDate: isoDate.optional(),
});
export type ResponseInput = z.input<typeof responseInput>;

export const implementationInput = z.object({
  implementation: z.enum(IMPLEMENTATION_STATUSES),
  /** Needed to close: what shows the recommendation has been met. */
  closureEvidence: optionalText(10_000),
  /** When closed; defaults to today. */
  closedOn: isoDate.optional(),
});
export type ImplementationInput = z.input<typeof implementationInput>;

export const linkActionInput = z.object({ actionId: id });

export const recommendationFilter = paging.extend({
  sourceId: id.optional(),
  kind: z.enum(RECOMMENDATION_SOURCE_KINDS).optional(),
  response: list(z.enum(RESPONSES)).optional(),
  implementation: list(z.enum(IMPLEMENTATION_STATUSES)).optional(),
  /** The owner body. */
  bodyId: id.optional(),
  /** Still pending and past the source's response due date (the s55 clock for inspections). */
  responseOverdue: flag.optional(),
  q: z.string().trim().max(200).optional(),
});
export type RecommendationFilter = z.input<typeof recommendationFilter>;
