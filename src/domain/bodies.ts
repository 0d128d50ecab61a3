/** Kinds of body that meet, and the roles people hold on them. */
export const BODY_KINDS = [
  'board',
  'panel',
  'group',
  'forum',
  'committee',
  'task and finish group',
  'partnership board',
] as const;
export type BodyKind = (typeof BODY_KINDS)[number];

export const MEMBERSHIP_ROLES = ['chair', 'vice-chair', 'member', 'adviser', 'officer', 'secretariat'] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

export const LANGUAGES = ['en', 'cy'] as const;
export type Language = (typeof LANGUAGES)[number];
