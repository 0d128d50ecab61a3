import type { Database, Executor } from '../db/connection.js';
import { can, type Permission, type Viewer } from '../domain/access.js';
import { ukDate, type IsoDate } from '../domain/dates.js';
import { Forbidden, say } from './errors.js';

/** Who is asking, on which database, on what day. Every service function takes one. */
export interface ServiceContext {
  db: Database;
  viewer: Viewer;
  /** For the audit log: a user's email, "cli", "demo", "import". */
  actor: string;
  /** Today, in the UK: overdue and due soon are worked out against it. */
  today: IsoDate;
}

/** A context for the CLI and other trusted callers: full rights, named in the audit log. */
export function systemContext(db: Database, actor = 'cli', today: IsoDate = ukDate()): ServiceContext {
  return { db, actor, today, viewer: { kind: 'user', userId: 0, role: 'admin', personId: null, bodyIds: [] } };
}

export function userIdOf(ctx: Pick<ServiceContext, 'viewer'>): number | null {
  return ctx.viewer.kind === 'user' && ctx.viewer.userId > 0 ? ctx.viewer.userId : null;
}

export function requirePermission(ctx: ServiceContext, permission: Permission): void {
  if (!can(ctx.viewer, permission)) {
    throw new Forbidden(say(ctx.viewer.kind === 'public' ? 'signIn' : 'roleNotAllowed'));
  }
}

/** Enough to read: the database or a transaction in progress. */
export interface Reader {
  db: Executor;
}
