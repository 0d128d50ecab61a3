/**
 * The access scope (src/domain/access.ts) as SQL conditions, so that lists, search and
 * exports filter in the database exactly as the policy decides for single records.
 */
import { sql, type SQL, type AnyColumn } from 'drizzle-orm';
import type { Scope } from '../domain/access.js';

/** A meeting (by its status column) may be seen. */
export function meetingVisible(scope: Scope, status: AnyColumn | SQL): SQL {
  return scope.publishedOnly ? sql`${status} = 'published'` : sql`true`;
}

/** An agenda item (by its exempt paragraph and its meeting's body) may be seen. */
export function itemVisible(scope: Scope, exemptParagraph: AnyColumn, bodyId: AnyColumn): SQL {
  return restrictedVisible(scope, sql`${exemptParagraph} is not null`, bodyId);
}

/** Something restricted (when `restricted` holds) may be seen by this scope for a body. */
export function restrictedVisible(scope: Scope, restricted: SQL, bodyId: AnyColumn | SQL): SQL {
  const bodies = scope.restrictedBodies;
  if (bodies === 'all') return sql`true`;
  if (bodies === 'none' || bodies.length === 0) return sql`not coalesce(${restricted}, false)`;
  return sql`(not coalesce(${restricted}, false) or ${bodyId} in (${sql.join(bodies.map((b) => sql`${b}`), sql`, `)}))`;
}

/**
 * An action may be seen: its meeting may be seen and its item is not exempt (or the viewer
 * may see that body's restricted items). The public sees only actions of published meetings.
 */
export function actionVisible(scope: Scope, action: { id: AnyColumn; bodyId: AnyColumn; meetingId: AnyColumn; agendaItemId: AnyColumn }): SQL {
  const meetingOk = scope.publishedOnly
    ? sql`exists (select 1 from meetings vm where vm.id = ${action.meetingId} and vm.status = 'published')`
    : sql`true`;
  const exempt = sql`exists (select 1 from agenda_items vi where vi.id = ${action.agendaItemId} and vi.exempt_paragraph is not null)`;
  return sql`(${meetingOk} and ${restrictedVisible(scope, exempt, action.bodyId)})`;
}

/** A document may be seen: restricted when exempt (its item) or OFFICIAL-SENSITIVE; the public needs it published. */
export function documentVisible(
  scope: Scope,
  doc: { published: AnyColumn; classification: AnyColumn; bodyId: AnyColumn; agendaItemId: AnyColumn },
): SQL {
  const restricted = sql`(${doc.classification} = 'OFFICIAL-SENSITIVE' or exists (select 1 from agenda_items di where di.id = ${doc.agendaItemId} and di.exempt_paragraph is not null))`;
  const published = scope.publishedOnly ? sql`${doc.published}` : sql`true`;
  return sql`(${published} and ${restrictedVisible(scope, restricted, doc.bodyId)})`;
}
