/** Where recommendations come from (inspections, audits, scrutiny reviews, panels) and the s55 response clock. */
import { and, asc, count, desc, eq, sql, type SQL } from 'drizzle-orm';
import { schema } from '../../db/index.js';
import { daysBetween, type IsoDate } from '../../domain/dates.js';
import { inspectionResponseDue } from '../../domain/recommendations.js';
import { write } from '../audit.js';
import { requirePermission, type ServiceContext } from '../context.js';
import { InvalidInput, NotFound, say } from '../errors.js';
import type { Page } from '../schemas.js';
import { assertBody } from '../placement.js';
import { parse, parseChanges } from '../validation.js';
import { sourceFilter, sourceInput, sourceUpdate, type SourceFilter, type SourceInput } from './schemas.js';

const { recommendationSources: sources, bodies } = schema;

export type RecommendationSource = typeof sources.$inferSelect;

export type ClockState = 'responded' | 'responded late' | 'overdue' | 'running' | 'no clock';

/** Where the response to a source stands against its due date (for inspections, 56 days after publication). */
export interface ResponseClock {
  dueOn: IsoDate | null;
  respondedOn: IsoDate | null;
  state: ClockState;
  /** Days until the response is due; negative once overdue; null when answered or without a clock. */
  daysLeft: number | null;
}

export function responseClock(source: { responseDueOn: IsoDate | null; respondedOn: IsoDate | null }, today: IsoDate): ResponseClock {
  const { responseDueOn: dueOn, respondedOn } = source;
  if (respondedOn) return { dueOn, respondedOn, state: dueOn && respondedOn > dueOn ? 'responded late' : 'responded', daysLeft: null };
  if (!dueOn) return { dueOn, respondedOn, state: 'no clock', daysLeft: null };
  return { dueOn, respondedOn, state: dueOn < today ? 'overdue' : 'running', daysLeft: daysBetween(today, dueOn) };
}

export type SourceRow = RecommendationSource & {
  bodyName: string | null;
  clock: ResponseClock;
  /** How many recommendations it made, and how many still await a response. */
  recommendationCount: number;
  pendingCount: number;
};

/** The fields as they will be stored: an inspection's response is due 56 days after publication. */
function withClock(
  data: { kind?: string; publishedOn?: string | null; responseDueOn?: string | null; respondedOn?: string | null },
  current?: RecommendationSource,
) {
  const kind = data.kind ?? current?.kind;
  const publishedOn = data.publishedOn === undefined ? current?.publishedOn ?? null : data.publishedOn;
  const respondedOn = data.respondedOn === undefined ? current?.respondedOn ?? null : data.respondedOn;
  if (publishedOn && respondedOn && respondedOn < publishedOn) {
    throw InvalidInput.field('respondedOn', say('respondedBeforePublished'));
  }
  if (kind !== 'inspection') return data.responseDueOn === undefined ? {} : { responseDueOn: data.responseDueOn };
  if (data.responseDueOn) throw InvalidInput.field('responseDueOn', say('inspectionResponseDue'));
  return { responseDueOn: publishedOn ? inspectionResponseDue(publishedOn) : null };
}

export async function createSource(ctx: ServiceContext, input: SourceInput): Promise<RecommendationSource> {
  requirePermission(ctx, 'recommendation.edit');
  const data = parse(sourceInput, input);
  const clock = withClock(data);
  return write(ctx, async (tx, record) => {
    if (data.bodyId) await assertBody(tx, data.bodyId);
    const [row] = await tx.insert(sources).values({ ...data, ...clock }).returning();
    await record({ event: 'recommendationSource.create', entityType: 'recommendationSource', entityId: row!.id, after: row });
    return row!;
  });
}

export async function updateSource(ctx: ServiceContext, sourceId: number, input: Partial<SourceInput>): Promise<RecommendationSource> {
  requirePermission(ctx, 'recommendation.edit');
  const data = parseChanges(sourceUpdate, input);
  return write(ctx, async (tx, record) => {
    const [before] = await tx.select().from(sources).where(eq(sources.id, sourceId)).for('update');
    if (!before) throw new NotFound('recommendation source', sourceId);
    if (data.bodyId) await assertBody(tx, data.bodyId);
    const [after] = await tx.update(sources).set({ ...data, ...withClock(data, before) }).where(eq(sources.id, sourceId)).returning();
    await record({ event: 'recommendationSource.update', entityType: 'recommendationSource', entityId: sourceId, before, after });
    return after!;
  });
}

const counts = {
  recommendationCount: sql<number>`(select count(*)::int from recommendations r where r.source_id = ${sources.id})`,
  pendingCount: sql<number>`(select count(*)::int from recommendations r where r.source_id = ${sources.id} and r.response = 'pending')`,
};

/** Sources are public: the state of recommendations is. */
export async function listSources(ctx: ServiceContext, filter: SourceFilter = {}): Promise<Page<SourceRow>> {
  const f = parse(sourceFilter, filter);
  const where: SQL[] = [];
  if (f.kind) where.push(eq(sources.kind, f.kind));
  if (f.bodyId) where.push(eq(sources.bodyId, f.bodyId));
  const condition = where.length ? and(...where) : undefined;
  const [rows, [total]] = await Promise.all([
    ctx.db.select({ source: sources, bodyName: bodies.name, ...counts }).from(sources).leftJoin(bodies, eq(bodies.id, sources.bodyId))
      .where(condition).orderBy(desc(sql`coalesce(${sources.publishedOn}, (${sources.createdAt})::date)`), asc(sources.id))
      .limit(f.pageSize).offset((f.page - 1) * f.pageSize),
    ctx.db.select({ n: count() }).from(sources).where(condition),
  ]);
  return { items: rows.map((r) => toRow(ctx, r)), total: total!.n, page: f.page, pageSize: f.pageSize };
}

export async function getSource(ctx: ServiceContext, sourceId: number): Promise<SourceRow> {
  const [row] = await ctx.db.select({ source: sources, bodyName: bodies.name, ...counts }).from(sources)
    .leftJoin(bodies, eq(bodies.id, sources.bodyId)).where(eq(sources.id, sourceId));
  if (!row) throw new NotFound('recommendation source', sourceId);
  return toRow(ctx, row);
}

function toRow(
  ctx: ServiceContext,
  r: { source: RecommendationSource; bodyName: string | null; recommendationCount: number; pendingCount: number },
): SourceRow {
  return { ...r.source, bodyName: r.bodyName, clock: responseClock(r.source, ctx.today), recommendationCount: Number(r.recommendationCount), pendingCount: Number(r.pendingCount) };
}

