/** Signing in with a local account: argon2 passwords, lockout after repeated failures, sessions in the database. */
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, lt, sql } from 'drizzle-orm';
import { schema } from '../../db/index.js';
import type { Executor } from '../../db/connection.js';
import { audit } from '../audit.js';
import { ServiceError } from '../errors.js';
import { verifyPassword } from './passwords.js';
import { findUserByEmail, type User } from './users.js';

const { users, sessions } = schema;

export const MAX_FAILED_SIGN_INS = 5;
export const LOCKOUT_MINUTES = 15;
export const SESSION_HOURS = 8;

export class SignInRefused extends ServiceError {
  readonly status = 401;
  constructor(readonly reason: 'wrong' | 'locked', readonly lockedUntil?: Date) {
    super(reason === 'locked'
      ? 'This account is locked after too many failed attempts. Try again later, or ask an administrator.'
      : 'Enter a correct email address and password.');
    this.name = 'SignInRefused';
  }
}

// Spent on unknown emails too, so that timing does not reveal which accounts exist.
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$X0AtUtH7w2w9Vk9HtU7hIg$p3Sn9BAgw9pabrREQLJbVSfpMkhCFyGBVkHMWSS9ZAw';

export async function signIn(db: Executor, email: string, password: string, now = new Date()): Promise<User> {
  const user = await findUserByEmail(db, email);
  if (!user || user.disabled || !user.passwordHash) {
    await verifyPassword(DUMMY_HASH, password);
    throw new SignInRefused('wrong');
  }
  if (user.lockedUntil && user.lockedUntil > now) throw new SignInRefused('locked', user.lockedUntil);
  const ctx = { actor: user.email, viewer: { kind: 'user' as const, userId: user.id, role: user.role, personId: user.personId, bodyIds: [] } };
  if (!(await verifyPassword(user.passwordHash, password))) {
    const failures = user.failedSignIns + 1;
    const lock = failures >= MAX_FAILED_SIGN_INS ? new Date(now.getTime() + LOCKOUT_MINUTES * 60_000) : null;
    await db.update(users).set({ failedSignIns: lock ? 0 : failures, lockedUntil: lock }).where(eq(users.id, user.id));
    await audit(db, ctx, { event: lock ? 'user.locked' : 'user.signInFailed', entityType: 'user', entityId: user.id });
    if (lock) throw new SignInRefused('locked', lock);
    throw new SignInRefused('wrong');
  }
  await db.update(users).set({ failedSignIns: 0, lockedUntil: null, lastSignInAt: now }).where(eq(users.id, user.id));
  await audit(db, ctx, { event: 'user.signIn', entityType: 'user', entityId: user.id });
  return user;
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Starts a session; the token goes in the cookie, only its hash in the database. */
export async function startSession(db: Executor, userId: number, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3_600_000);
  await db.insert(sessions).values({ id: hashToken(token), userId, expiresAt });
  await db.delete(sessions).where(lt(sessions.expiresAt, now));
  return { token, expiresAt };
}

/** The signed-in user of a session, with the bodies they are a member of today, in one query. */
export async function sessionUser(db: Executor, token: string, today: string, now = new Date()): Promise<{ user: User; bodyIds: number[] } | null> {
  const [row] = await db.select({
    user: users,
    bodyIds: sql<number[]>`array(select distinct m.body_id from memberships m
      where m.person_id = ${users.personId} and (m.to_date is null or m.to_date >= ${today}))`,
  }).from(sessions).innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, hashToken(token)), gt(sessions.expiresAt, now)));
  return row && !row.user.disabled ? { user: row.user, bodyIds: row.bodyIds.map(Number) } : null;
}

export async function endSession(db: Executor, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, hashToken(token)));
}
