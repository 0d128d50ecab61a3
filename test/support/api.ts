/** An app over a test database, with bearer tokens for each role. */
import type { FastifyInstance } from 'fastify';
import type { Database } from '../../src/db/connection.js';
import type { Role } from '../../src/domain/access.js';
import { systemContext } from '../../src/services/context.js';
import { createToken, createUser } from '../../src/services/users/index.js';
import { buildApp } from '../../src/web/app.js';
import { TODAY } from './world.js';

export async function appFor(db: Database): Promise<FastifyInstance> {
  return buildApp({ db, today: () => TODAY });
}

let counter = 0;

/** Creates a user with the role (linked to a person if given) and returns an Authorization header for them. */
export async function bearerFor(db: Database, role: Role, personId: number | null = null): Promise<{ authorization: string }> {
  const ctx = systemContext(db, 'test', TODAY);
  const user = await createUser(ctx, { email: `${role.replace(' ', '-')}-${++counter}@test.example`, name: `Test ${role}`, role, personId });
  const { token } = await createToken(ctx, user.id, 'test');
  return { authorization: `Bearer ${token}` };
}
