import { schema } from '../db/index.js';
import type { Executor, Transaction } from '../db/connection.js';
import { userIdOf, type ServiceContext } from './context.js';
import { recordChanged } from './memo.js';

export interface AuditEntry {
  /** "action.status", "meeting.create" */
  event: string;
  entityType: string;
  entityId: number | null;
  before?: unknown;
  after?: unknown;
}

/** Appends to the audit log, inside the caller's transaction. */
export async function audit(tx: Executor, ctx: Pick<ServiceContext, 'actor' | 'viewer'>, entry: AuditEntry): Promise<void> {
  await tx.insert(schema.auditEvents).values({
    userId: userIdOf(ctx),
    actor: ctx.actor,
    event: entry.event,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: toJson(entry.before),
    after: toJson(entry.after),
  });
}

/** Runs a write as one transaction; `record` adds audit events to it. */
export async function write<T>(
  ctx: ServiceContext,
  work: (tx: Transaction, record: (entry: AuditEntry) => Promise<void>) => Promise<T>,
): Promise<T> {
  try {
    return await ctx.db.transaction(async (tx) => work(tx, (entry) => audit(tx, ctx, entry)));
  } finally {
    recordChanged(ctx);
  }
}

/** Search vectors and file bytes do not belong in the audit log. */
function toJson(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  return JSON.parse(
    JSON.stringify(value, (key, v: unknown) => (key === 'search' || key === 'content' ? undefined : v)),
  );
}
