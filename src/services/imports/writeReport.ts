/** A report's recommendations with their responses, and the action plan its task rows belong to. */
import { and, eq, max } from 'drizzle-orm';
import { schema } from '../../db/index.js';
import type { RecommendationSourceKind } from '../../domain/recommendations.js';
import { comparable } from './names.js';
import type { ImportRun } from './run.js';

const { recommendationSources: sources, recommendations, actionPlans, planActions } = schema;

/** What the report is and who wrote it, from its heading: "… the Report of X Scrutiny Committee entitled 'Y'". */
export function reportOf(heading: string | null): { title: string | null; issuer: string | null } {
  if (!heading) return { title: null, issuer: null };
  const entitled = /\bentitled\s+['‘"“](.+?)['’"”]?\s*$/i.exec(heading)?.[1] ?? null;
  const issuer = /\breport of (?:the )?(.+?\b(?:committee|panel|board|group|inspectorate|audit|hmicfrs))\b/i.exec(heading)?.[1] ?? null;
  return { title: entitled ?? heading, issuer };
}

/** An inspection or an audit when the report says so; otherwise a scrutiny review. */
export function sourceKindFor(text: string): RecommendationSourceKind {
  if (/\b(inspection|inspectorate|hmicfrs|hmic|peel)\b/i.test(text)) return 'inspection';
  if (/\baudit(or|ors)?\b/i.test(text)) return 'audit';
  return 'scrutiny review';
}

function heading(run: ImportRun): string | null {
  return run.data.items[0]?.title ?? run.data.meeting.title ?? null;
}

export async function recordRecommendations(run: ImportRun): Promise<void> {
  if (!run.data.recommendations.length) return;
  const { title: found, issuer } = reportOf(heading(run));
  const title = (found ?? `Recommendations in ${run.file}`).slice(0, 300);
  const kind = sourceKindFor([heading(run), run.data.meeting.title, run.file].filter(Boolean).join(' '));
  const answered = run.data.recommendations.some((r) => r.response);
  let [source] = await run.tx.select().from(sources).where(and(eq(sources.bodyId, run.body.id), eq(sources.title, title)));
  if (!source) {
    [source] = await run.tx.insert(sources).values({ kind, title, issuer, bodyId: run.body.id, respondedOn: answered ? run.meeting.date : null }).returning();
    await run.audit({ event: 'recommendationSource.create', entityType: 'recommendationSource', entityId: source!.id, after: source });
  }
  const existing = await run.tx.select().from(recommendations).where(eq(recommendations.sourceId, source!.id));
  for (const r of run.data.recommendations) {
    const before = existing.find((e) => e.number === r.number);
    const response = r.response ?? 'pending';
    if (!before) {
      const [row] = await run.tx.insert(recommendations).values({
        sourceId: source!.id,
        number: r.number.slice(0, 20),
        text: r.text,
        ownerBodyId: run.body.id,
        response,
        responseText: r.responseText,
        responseDate: r.response ? run.meeting.date : null,
      }).returning();
      await run.audit({ event: 'recommendation.create', entityType: 'recommendation', entityId: row!.id, after: row });
      run.summary.recommendations.created++;
    } else if (r.response && (before.response !== response || (r.responseText && before.responseText !== r.responseText))) {
      const [after] = await run.tx.update(recommendations).set({
        response, responseText: r.responseText ?? before.responseText, responseDate: run.meeting.date, updatedAt: new Date(),
      }).where(eq(recommendations.id, before.id)).returning();
      await run.audit({ event: 'recommendation.response', entityType: 'recommendation', entityId: before.id, before, after });
      run.summary.recommendations.updated++;
    } else {
      run.summary.recommendations.unchanged++;
    }
  }
}

interface PlanState {
  planId: number;
  actions: { id: number; text: string }[];
  position: number;
}

const plans = new WeakMap<ImportRun, PlanState>();

/** The body's action plan for this document (made on first use), found again when the same document comes back. */
async function planOf(run: ImportRun): Promise<PlanState> {
  const known = plans.get(run);
  if (known) return known;
  const about = reportOf(heading(run)).title ?? run.data.meeting.title ?? `${run.body.name}, ${run.meeting.date}`;
  const title = `Action plan: ${about}`.slice(0, 300);
  let [plan] = await run.tx.select({ id: actionPlans.id }).from(actionPlans).where(and(eq(actionPlans.bodyId, run.body.id), eq(actionPlans.title, title)));
  if (!plan) {
    const [row] = await run.tx.insert(actionPlans).values({ bodyId: run.body.id, title }).returning();
    await run.audit({ event: 'plan.create', entityType: 'actionPlan', entityId: row!.id, after: row });
    plan = row!;
  }
  const actions = await run.tx.select({ id: planActions.id, text: planActions.text }).from(planActions).where(eq(planActions.planId, plan.id));
  const [{ last } = { last: null }] = await run.tx.select({ last: max(planActions.position) }).from(planActions).where(eq(planActions.planId, plan.id));
  const state = { planId: plan.id, actions, position: (last ?? 0) + 1 };
  plans.set(run, state);
  return state;
}

/** The numbered plan action a task row sits under: "1. Provide local awareness training…". */
export async function planActionFor(run: ImportRun, parent: string): Promise<number> {
  const plan = await planOf(run);
  const m = /^\s*(\d+[a-z]?)[.)]?\s+(.+)$/is.exec(parent);
  const number = m ? m[1]! : null;
  const text = (m ? m[2]! : parent).trim();
  const same = plan.actions.find((a) => comparable(a.text) === comparable(text));
  if (same) return same.id;
  const [row] = await run.tx.insert(planActions).values({ planId: plan.planId, number, text, position: plan.position++ }).returning();
  await run.audit({ event: 'planAction.create', entityType: 'planAction', entityId: row!.id, after: row });
  plan.actions.push({ id: row!.id, text });
  run.summary.planActions++;
  return row!.id;
}
