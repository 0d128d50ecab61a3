/**
 * The figures a chair looks at: open, overdue, due soon and closed on time, by owner,
 * organisation and body; recommendations by response and implementation. Counted over
 * what the viewer may see.
 */
import { sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { schema } from '../../db/index.js';
import { scopeFor } from '../../domain/access.js';
import { addDays } from '../../domain/dates.js';
import { DUE_SOON_DAYS } from '../../domain/due.js';
import { effectiveDueSql } from '../actions/query.js';
import type { ServiceContext } from '../context.js';
import { memo } from '../memo.js';
import { id } from '../schemas.js';
import { parse } from '../validation.js';
import { actionVisible } from '../visibility.js';

const { actions } = schema;

export const dashboardFilter = z.object({
  bodyId: id.optional(),
  ownerPersonId: id.optional(),
  /** How many owners and organisations to list, most overdue first. */
  top: z.coerce.number().int().min(1).max(100).default(10),
});
export type DashboardFilter = z.input<typeof dashboardFilter>;

export interface ActionCounts {
  total: number;
  open: number;
  overdue: number;
  dueSoon: number;
  closedOnTime: number;
  closedLate: number;
  byStatus: Record<string, number>;
}

export interface GroupCounts {
  id: number | null;
  name: string;
  open: number;
  overdue: number;
  dueSoon: number;
}

export interface Dashboard {
  today: string;
  actions: ActionCounts;
  byOwner: GroupCounts[];
  byOrganisation: GroupCounts[];
  byBody: GroupCounts[];
  recommendations: { byResponse: Record<string, number>; byImplementation: Record<string, number>; responsesOverdue: number };
}

type Counts = { id: number | null; name: string; open: number; overdue: number; due_soon: number };
interface DashboardRow {
  totals: { total: number; open: number; overdue: number; due_soon: number; closed_on_time: number; closed_late: number };
  statuses: { status: string; n: number }[] | null;
  owners: Counts[] | null;
  organisations: Counts[] | null;
  bodies: Counts[] | null;
  recommendations: { response: string; implementation: string; n: number; overdue: number }[] | null;
}

export async function dashboard(ctx: ServiceContext, filter: DashboardFilter = {}): Promise<Dashboard> {
  const f = parse(dashboardFilter, filter);
  return memo(ctx, `dashboard:${JSON.stringify(f)}`, () => countFigures(ctx, f));
}

async function countFigures(ctx: ServiceContext, f: z.output<typeof dashboardFilter>): Promise<Dashboard> {
  const result = await ctx.db.execute(dashboardQuery(ctx, f));
  const row = (result as unknown as { rows: DashboardRow[] }).rows[0]!;
  const t = row.totals;
  const group = (rows: Counts[] | null): GroupCounts[] =>
    (rows ?? []).map((r) => ({ id: r.id === null ? null : Number(r.id), name: r.name, open: Number(r.open), overdue: Number(r.overdue), dueSoon: Number(r.due_soon) }));
  const byResponse: Record<string, number> = {};
  const byImplementation: Record<string, number> = {};
  let responsesOverdue = 0;
  for (const r of row.recommendations ?? []) {
    byResponse[r.response] = (byResponse[r.response] ?? 0) + Number(r.n);
    byImplementation[r.implementation] = (byImplementation[r.implementation] ?? 0) + Number(r.n);
    responsesOverdue += Number(r.overdue);
  }
  return {
    today: ctx.today,
    actions: {
      total: Number(t.total), open: Number(t.open), overdue: Number(t.overdue), dueSoon: Number(t.due_soon),
      closedOnTime: Number(t.closed_on_time), closedLate: Number(t.closed_late),
      byStatus: Object.fromEntries((row.statuses ?? []).map((r) => [r.status, Number(r.n)])),
    },
    byOwner: group(row.owners),
    byOrganisation: group(row.organisations),
    byBody: group(row.bodies),
    recommendations: { byResponse, byImplementation, responsesOverdue },
  };
}

/**
 * The dashboard as one statement (the benchmark runs it raw beside the service): the visible
 * actions and their due dates are worked out once, and every figure is counted from them.
 */
export function dashboardQuery(ctx: ServiceContext, f: z.output<typeof dashboardFilter>): SQL {
  const today = ctx.today;
  const soon = addDays(today, DUE_SOON_DAYS);
  const where: SQL[] = [actionVisible(scopeFor(ctx.viewer), actions)];
  if (f.bodyId) where.push(sql`${actions.bodyId} = ${f.bodyId}`);
  if (f.ownerPersonId) where.push(sql`exists (select 1 from action_owners o where o.action_id = ${actions.id} and o.person_id = ${f.ownerPersonId})`);
  const isOpen = sql`status not in ('completed', 'cancelled')`;
  const counts = sql`count(*) filter (where ${isOpen})::int as open,
    count(*) filter (where ${isOpen} and due < ${today})::int as overdue,
    count(*) filter (where ${isOpen} and due between ${today} and ${soon})::int as due_soon`;
  return sql`with visible as materialized (
      select ${actions.id} as id, ${actions.status} as status, ${actions.bodyId} as body_id, ${actions.closedOn} as closed_on, ${effectiveDueSql} as due
      from ${actions} where ${sql.join(where, sql` and `)}
    ),
    totals as (select count(*)::int as total, ${counts},
      count(*) filter (where status = 'completed' and (due is null or closed_on <= due))::int as closed_on_time,
      count(*) filter (where status = 'completed' and closed_on > due)::int as closed_late from visible),
    statuses as (select status, count(*)::int as n from visible group by status),
    owners as (select p.id, p.name, ${counts} from visible
      join action_owners o on o.action_id = visible.id join people p on p.id = o.person_id
      group by p.id, p.name having count(*) filter (where ${isOpen}) > 0
      order by overdue desc, open desc, p.name limit ${f.top}),
    owned as (select distinct visible.*, coalesce(o.organisation_id, p.organisation_id) as organisation_id from visible
      join action_owners o on o.action_id = visible.id left join people p on p.id = o.person_id),
    organisations as (select g.id, g.name, ${counts} from owned join organisations g on g.id = owned.organisation_id
      group by g.id, g.name having count(*) filter (where ${isOpen}) > 0
      order by overdue desc, open desc, g.name limit ${f.top}),
    bodies as (select b.id, b.short_name as name, ${counts} from visible
      join bodies b on b.id = visible.body_id group by b.id, b.short_name order by b.short_name),
    recommendations as (select r.response, r.implementation, count(*)::int as n,
      count(*) filter (where r.response = 'pending' and s.response_due_on < ${today})::int as overdue
      from recommendations r join recommendation_sources s on s.id = r.source_id
      ${f.bodyId ? sql`where r.owner_body_id = ${f.bodyId}` : sql``} group by r.response, r.implementation)
    select (select row_to_json(totals) from totals) as totals,
      (select json_agg(statuses) from statuses) as statuses,
      (select json_agg(owners) from owners) as owners,
      (select json_agg(organisations) from organisations) as organisations,
      (select json_agg(bodies) from bodies) as bodies,
      (select json_agg(recommendations) from recommendations) as recommendations`;
}
