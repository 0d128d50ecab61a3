import { z } from 'zod';
import { LANGUAGES } from '../../domain/bodies.js';
import { id, optionalText, paging, shortText } from '../schemas.js';

export const organisationInput = z.object({
  name: shortText(200),
  shortName: optionalText(40),
});
export type OrganisationInput = z.input<typeof organisationInput>;

export const personInput = z.object({
  name: shortText(200),
  honorific: optionalText(80),
  initials: z.string().trim().regex(/^[A-Za-z]{1,6}$/, 'Enter initials as letters only, for example HJJ').nullish().transform((v) => v?.toUpperCase() ?? null),
  role: optionalText(200),
  organisationId: id.nullish().transform((v) => v ?? null),
  email: z.string().trim().email('Enter an email address like name@example.org').max(254).nullish().transform((v) => v || null),
  phone: optionalText(40),
  preferredLanguage: z.enum(LANGUAGES).optional(),
});
export type PersonInput = z.input<typeof personInput>;
export const personUpdate = personInput.partial();

export const personFilter = paging.extend({
  q: z.string().trim().max(200).optional(),
  organisationId: id.optional(),
  bodyId: id.optional(),
});
export type PersonFilter = z.input<typeof personFilter>;
