/** Demo sign-ins: one user per role, all with the same published demo password. */
import type { Role } from '../domain/access.js';
import type { Area } from './area.js';
import type { Row } from './store.js';
import type { schema } from '../db/index.js';

export const DEMO_PASSWORD = 'demo-password-2026';

export const DEMO_USERS: Record<Role, string> = {
  admin: 'admin@oversight.example',
  secretariat: 'secretariat@oversight.example',
  member: 'member@oversight.example',
  'action owner': 'owner@oversight.example',
  viewer: 'viewer@oversight.example',
};

type UserRow = (typeof schema.users)['$inferInsert'];

/**
 * The member is the first area's community group chair (who prefers Welsh); the action
 * owner is whoever in the first area owns the most actions.
 */
export function demoUsers(area: Area, ownerCounts: Map<number, number>, passwordHash: string): UserRow[] {
  const member = area.people.independentChair;
  const secretary = area.people.governance;
  const peopleRows = new Map(area.rows.people.map((p: Row<'people'>) => [p.id!, p]));
  let owner = area.people.accOperations;
  let most = -1;
  for (const person of Object.values(area.people)) {
    const n = ownerCounts.get(person.id) ?? 0;
    if (n > most) [owner, most] = [person, n];
  }
  const languageOf = (id: number) => peopleRows.get(id)?.preferredLanguage ?? 'en';
  return [
    { email: DEMO_USERS.admin, name: 'Demo Administrator', role: 'admin', passwordHash },
    { email: DEMO_USERS.secretariat, name: secretary.name, role: 'secretariat', personId: secretary.id, preferredLanguage: languageOf(secretary.id), passwordHash },
    { email: DEMO_USERS.member, name: member.name, role: 'member', personId: member.id, preferredLanguage: languageOf(member.id), passwordHash },
    { email: DEMO_USERS['action owner'], name: owner.name, role: 'action owner', personId: owner.id, preferredLanguage: languageOf(owner.id), passwordHash },
    { email: DEMO_USERS.viewer, name: 'Demo Viewer', role: 'viewer', passwordHash },
  ];
}
