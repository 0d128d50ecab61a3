/** Reading the audit log: who changed what, when, from what to what. For administrators. */
import { and, asc, count, desc, eq, gte, like, lt, type SQL } from 'drizzle-orm';
import { schema } from '../../db/index.js';
import { addDays } from '../../domain/dates.js';
import { requirePermission, type ServiceContext } from '../context.js';
import { NotFound } from '../errors.js';
import type { Page } from '../schemas.js';
import { parse } from '../validation.js';
import { auditFilter, entityType as entityTypeSchema, type AuditFilter } from './schemas.js';
import { id } from '../schemas.js';

const { auditEvents } = schema;

export type AuditEvent = typeof auditEvents.$inferSelect;

/** Every change to one record, oldest first. */
export async function recordHistory(ctx: ServiceContext, entityType: string, entityId: number): Promise<AuditEvent[]> {
  requirePermission(ctx, 'audit.read');
  const type = parse(entityTypeSchema, entityType);
  const recordId = parse(id, entityId);
  const events = await ctx.db.select().from(auditEvents)
    .where(and(eq(auditEvents.entityType, type), eq(auditEvents.entityId, recordId)))
    .orderBy(asc(auditEvents.at), asc(auditEvents.id));
  if (!events.length) throw new NotFound(`history for ${type}`, recordId);
  return events;
}

/** Recent events, newest first. */
export async function listAuditEvents(ctx: ServiceContext, filter: AuditFilter = {}): Promise<Page<AuditEvent>> {
  requirePermission(ctx, 'audit.read');
  const f = parse(auditFilter, filter);
  const where: SQL[] = [];
  if (f.entityType) where.push(eq(auditEvents.entityType, f.entityType));
  if (f.entityId) where.push(eq(auditEvents.entityId, f.entityId));
  if (f.event) where.push(f.event.endsWith('.') ? like(auditEvents.event, `${f.event.replace(/[%_\\]/g, '\\$&')}%`) : eq(auditEvents.event, f.event));
  if (f.actor) where.push(eq(auditEvents.actor, f.actor));
  if (f.userId) where.push(eq(auditEvents.userId, f.userId));
  if (f.from) where.push(gte(auditEvents.at, new Date(`${f.from}T00:00:00Z`)));
  if (f.to) where.push(lt(auditEvents.at, new Date(`${addDays(f.to, 1)}T00:00:00Z`)));
  const condition = where.length ? and(...where) : undefined;
  const [items, [total]] = await Promise.all([
    ctx.db.select().from(auditEvents).where(condition).orderBy(desc(auditEvents.at), desc(auditEvents.id))
      .limit(f.pageSize).offset((f.page - 1) * f.pageSize),
    ctx.db.select({ n: count() }).from(auditEvents).where(condition),
  ]);
  return { items, total: total!.n, page: f.page, pageSize: f.pageSize };
}
