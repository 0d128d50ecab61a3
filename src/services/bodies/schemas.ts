import { z } from 'zod';
import { BODY_KINDS, MEMBERSHIP_ROLES } from '../../domain/bodies.js';
import { id, isoDate, optionalText, shortText } from '../schemas.js';

export const bodyInput = z.object({
  name: shortText(200),
  shortName: z.string().trim().regex(/^[A-Za-z0-9&-]{1,16}$/, 'Enter a short name of up to 16 letters or digits, for example PALG'),
  kind: z.enum(BODY_KINDS).optional(),
  reportsToId: id.nullish(),
  organisationId: id.nullish(),
  description: optionalText(4000),
});
export type BodyInput = z.input<typeof bodyInput>;

export const membershipInput = z.object({
  personId: id,
  role: z.enum(MEMBERSHIP_ROLES).optional(),
  linkTheme: optionalText(200),
  fromDate: isoDate.nullish(),
  toDate: isoDate.nullish(),
});
export type MembershipInput = z.input<typeof membershipInput>;
