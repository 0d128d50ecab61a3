/** Who owns actions the viewer may see (of one body, if given): the choices of the action log's owner filters. */
import { sql } from 'drizzle-orm';
import { schema } from '../../db/index.js';
import { scopeFor } from '../../domain/access.js';
import type { ServiceContext } from '../context.js';
import { memo } from '../memo.js';
import { actionVisible } from '../visibility.js';

export interface OwnerChoices {
  people: { id: number; name: string; honorific: string | null; organisationName: string | null }[];
  /** Organisations that own actions, or whose people do (as the organisation filter counts them). */
  organisations: { id: number; name: string }[];
}

export async function actionOwnerChoices(ctx: ServiceContext, bodyId?: number): Promise<OwnerChoices> {
  return memo(ctx, `ownerChoices:${bodyId ?? ''}`, () => findOwners(ctx, bodyId));
}

async function findOwners(ctx: ServiceContext, bodyId?: number): Promise<OwnerChoices> {
  const { actions } = schema;
  const owned = sql`select o.person_id, o.organisation_id from action_owners o join actions on actions.id = o.action_id
    where ${actionVisible(scopeFor(ctx.viewer), actions)}${bodyId ? sql` and ${actions.bodyId} = ${bodyId}` : sql``}`;
  const [people, organisations] = await Promise.all([
    ctx.db.execute(sql`select distinct p.id, p.name, p.honorific, org.name as organisation_name from (${owned}) w
      join people p on p.id = w.person_id left join organisations org on org.id = p.organisation_id order by p.name, p.id`),
    ctx.db.execute(sql`select distinct org.id, org.name from (${owned}) w
      left join people p on p.id = w.person_id join organisations org on org.id = coalesce(w.organisation_id, p.organisation_id) order by org.name, org.id`),
  ]);
  const rows = (result: unknown) => (result as { rows: Record<string, unknown>[] }).rows;
  return {
    people: rows(people).map((r) => ({ id: Number(r.id), name: String(r.name), honorific: (r.honorific as string | null) ?? null, organisationName: (r.organisation_name as string | null) ?? null })),
    organisations: rows(organisations).map((r) => ({ id: Number(r.id), name: String(r.name) })),
  };
}
