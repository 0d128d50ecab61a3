/**
 * Who may see and do what: the one place that decides. Every page, API route, search
 * result and export asks these functions (or the scope they return for SQL filters).
 *
 * - The public sees published meetings, their non-exempt items, minutes, decisions and
 *   actions, recommendations, and documents that are published and not OFFICIAL-SENSITIVE.
 * - Signed-in users see the whole unrestricted record. Restricted things — exempt items
 *   and OFFICIAL-SENSITIVE documents — are seen by admins and the secretariat, and by
 *   members of the body they belong to.
 */
import type { ProtectiveMarking } from './meetings.js';

export const ROLES = ['admin', 'secretariat', 'member', 'action owner', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export type Viewer =
  | { kind: 'public' }
  | { kind: 'user'; userId: number; role: Role; personId: number | null; bodyIds: readonly number[] };

export const PUBLIC: Viewer = { kind: 'public' };

/** What a viewer's queries are limited to, for services to turn into SQL. */
export interface Scope {
  /** Only published meetings (and what hangs off them). */
  publishedOnly: boolean;
  /** Restricted items and documents of which bodies may be seen: all, none, or these. */
  restrictedBodies: 'all' | 'none' | readonly number[];
}

export function scopeFor(viewer: Viewer): Scope {
  if (viewer.kind === 'public') return { publishedOnly: true, restrictedBodies: 'none' };
  if (viewer.role === 'admin' || viewer.role === 'secretariat') return { publishedOnly: false, restrictedBodies: 'all' };
  if (viewer.role === 'member') return { publishedOnly: false, restrictedBodies: viewer.bodyIds };
  return { publishedOnly: false, restrictedBodies: 'none' };
}

function mayReadRestricted(viewer: Viewer, bodyId: number): boolean {
  const { restrictedBodies } = scopeFor(viewer);
  return restrictedBodies === 'all' || (restrictedBodies !== 'none' && restrictedBodies.includes(bodyId));
}

export function canSeeMeeting(viewer: Viewer, meeting: { status: string }): boolean {
  return viewer.kind === 'user' || meeting.status === 'published';
}

/** An agenda item (and its minutes, papers and actions) is restricted when exempt under Schedule 12A. */
export function canSeeItem(viewer: Viewer, item: { bodyId: number; meetingStatus: string; exemptParagraph: number | null }): boolean {
  if (!canSeeMeeting(viewer, { status: item.meetingStatus })) return false;
  return item.exemptParagraph === null || mayReadRestricted(viewer, item.bodyId);
}

export function canSeeDocument(
  viewer: Viewer,
  doc: { bodyId: number | null; classification: ProtectiveMarking; published: boolean; exempt: boolean },
): boolean {
  const restricted = doc.exempt || doc.classification === 'OFFICIAL-SENSITIVE';
  if (viewer.kind === 'public') return doc.published && !restricted;
  if (!restricted) return true;
  return doc.bodyId !== null ? mayReadRestricted(viewer, doc.bodyId) : scopeFor(viewer).restrictedBodies === 'all';
}

export type Permission =
  | 'record.edit' // bodies, people, memberships, organisations
  | 'meeting.edit' // schedule, attendance, items, minutes, decisions, declarations
  | 'meeting.publish'
  | 'action.raise'
  | 'action.update' // post an update or change status (owners: only their own)
  | 'recommendation.edit'
  | 'recommendation.close'
  | 'plan.edit'
  | 'escalation.raise'
  | 'escalation.decide'
  | 'workProgramme.edit'
  | 'feedback.record'
  | 'import.run'
  | 'audit.read'
  | 'user.manage'
  | 'internal.read';

const GRANTS: Record<Role, readonly Permission[]> = {
  admin: [
    'record.edit', 'meeting.edit', 'meeting.publish', 'action.raise', 'action.update', 'recommendation.edit',
    'recommendation.close', 'plan.edit', 'escalation.raise', 'escalation.decide', 'workProgramme.edit',
    'feedback.record', 'import.run', 'audit.read', 'user.manage', 'internal.read',
  ],
  secretariat: [
    'record.edit', 'meeting.edit', 'meeting.publish', 'action.raise', 'action.update', 'recommendation.edit',
    'recommendation.close', 'plan.edit', 'escalation.raise', 'escalation.decide', 'workProgramme.edit',
    'feedback.record', 'import.run', 'internal.read',
  ],
  member: ['feedback.record', 'internal.read'],
  'action owner': ['action.update', 'internal.read'],
  viewer: ['internal.read'],
};

export function can(viewer: Viewer, permission: Permission): boolean {
  return viewer.kind === 'user' && GRANTS[viewer.role].includes(permission);
}

/** Owners update only their own actions; admins and the secretariat update any. */
export function canUpdateAction(viewer: Viewer, action: { ownerPersonIds: readonly number[] }): boolean {
  if (!can(viewer, 'action.update') || viewer.kind !== 'user') return false;
  if (viewer.role === 'admin' || viewer.role === 'secretariat') return true;
  return viewer.personId !== null && action.ownerPersonIds.includes(viewer.personId);
}

/** Members record feedback on their own bodies; admins and the secretariat on any. */
export function canRecordFeedback(viewer: Viewer, bodyId: number): boolean {
  if (!can(viewer, 'feedback.record') || viewer.kind !== 'user') return false;
  return viewer.role !== 'member' || viewer.bodyIds.includes(bodyId);
}
