import { createHash, randomBytes } from 'node:crypto';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { schema } from '../../db/index.js';
import type { Executor } from '../../db/connection.js';
import { ROLES, type Viewer } from '../../domain/access.js';
import { LANGUAGES } from '../../domain/bodies.js';
import { bodyIdsOfPerson } from '../bodies/bodies.js';
import { write } from '../audit.js';
import { requirePermission, type ServiceContext } from '../context.js';
import { Conflict, NotFound, say } from '../errors.js';
import { id, shortText } from '../schemas.js';
import { parse } from '../validation.js';
import { hashPassword } from './passwords.js';

const { users, apiTokens } = schema;

export type User = typeof users.$inferSelect;
export type PublicUser = Omit<User, 'passwordHash'>;

export const MIN_PASSWORD_LENGTH = 12;

export const userInput = z.object({
  email: z.string().trim().toLowerCase().email('Enter an email address like name@example.org').max(254),
  name: shortText(200),
  role: z.enum(ROLES),
  password: z.string().min(MIN_PASSWORD_LENGTH, `Choose a password of at least ${MIN_PASSWORD_LENGTH} characters`).max(200).optional(),
  personId: id.nullish(),
  preferredLanguage: z.enum(LANGUAGES).optional(),
});
export type UserInput = z.input<typeof userInput>;

export function withoutSecrets(user: User): PublicUser {
  const { passwordHash: _hash, ...rest } = user;
  return rest;
}

export async function findUserByEmail(db: Executor, email: string): Promise<User | null> {
  const [row] = await db.select().from(users).where(sql`lower(${users.email}) = lower(${email.trim()})`);
  return row ?? null;
}

export async function getUser(db: Executor, userId: number): Promise<User> {
  const [row] = await db.select().from(users).where(eq(users.id, userId));
  if (!row) throw new NotFound('user', userId);
  return row;
}

export async function listUsers(ctx: ServiceContext): Promise<PublicUser[]> {
  requirePermission(ctx, 'user.manage');
  return (await ctx.db.select().from(users).orderBy(asc(users.email))).map(withoutSecrets);
}

export async function createUser(ctx: ServiceContext, input: UserInput): Promise<PublicUser> {
  requirePermission(ctx, 'user.manage');
  const { password, ...data } = parse(userInput, input);
  const passwordHash = password ? await hashPassword(password) : null;
  return write(ctx, async (tx, record) => {
    if (await findUserByEmail(tx, data.email)) throw new Conflict(say('userEmailTaken', { email: data.email }), 'email');
    const [row] = await tx.insert(users).values({ ...data, passwordHash }).returning();
    const safe = withoutSecrets(row!);
    await record({ event: 'user.create', entityType: 'user', entityId: row!.id, after: safe });
    return safe;
  });
}

/** What a signed-in user may see: their role, and the bodies they are a member of today. */
export async function viewerFor(db: Executor, user: User, today: string): Promise<Viewer> {
  const bodyIds = user.personId ? await bodyIdsOfPerson(db, user.personId, today) : [];
  return { kind: 'user', userId: user.id, role: user.role, personId: user.personId, bodyIds };
}

const TOKEN_PREFIX = 'ovs_';

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Creates an API bearer token for a user. The token is shown once; only its hash is kept. */
export async function createToken(ctx: ServiceContext, userId: number, name: string): Promise<{ token: string; id: number }> {
  requirePermission(ctx, 'user.manage');
  const user = await getUser(ctx.db, userId);
  const token = TOKEN_PREFIX + randomBytes(24).toString('base64url');
  return write(ctx, async (tx, record) => {
    const [row] = await tx.insert(apiTokens).values({ userId: user.id, name, tokenHash: hashToken(token) }).returning({ id: apiTokens.id });
    await record({ event: 'token.create', entityType: 'user', entityId: user.id, after: { tokenId: row!.id, name } });
    return { token, id: row!.id };
  });
}

/** The user a bearer token belongs to, if it is valid and not revoked. */
export async function userForToken(db: Executor, token: string): Promise<User | null> {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const [row] = await db.select({ user: users, tokenId: apiTokens.id }).from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, hashToken(token)), isNull(apiTokens.revokedAt)));
  if (!row || row.user.disabled) return null;
  await db.update(apiTokens).set({ lastUsedAt: new Date() }).where(eq(apiTokens.id, row.tokenId));
  return row.user;
}

export async function revokeToken(ctx: ServiceContext, tokenId: number): Promise<void> {
  requirePermission(ctx, 'user.manage');
  await write(ctx, async (tx, record) => {
    const [row] = await tx.update(apiTokens).set({ revokedAt: new Date() }).where(eq(apiTokens.id, tokenId)).returning();
    if (!row) throw new NotFound('token', tokenId);
    await record({ event: 'token.revoke', entityType: 'user', entityId: row.userId, after: { tokenId } });
  });
}
