/** One area's whole record, in memory, ready to insert. */
import type { IsoDate } from '../domain/dates.js';
import { setUpArea, type Area } from './area.js';
import type { DemoContext } from './context.js';
import { escalationRows, workProgramme } from './governance.js';
import { writeAllMeetings } from './meeting.js';
import { createPlan } from './plans.js';
import { placeSources, recommendationRows } from './recommendations.js';
import { BODIES } from './roster.js';
import { scheduleMeetings, wasHeld } from './schedule.js';
import type { Ids, Rows } from './store.js';

export function generateArea(k: number, seed: number, anchor: IsoDate, ids: Ids, rows: Rows): Area {
  const area = setUpArea(k, seed, anchor, ids, rows);
  const schedule = scheduleMeetings(area);
  const ctx: DemoContext = {
    area, schedule, reports: new Map(), escalations: [], sources: placeSources(area), sourcesHeard: new Set(),
    plan: createPlan(area), planAgreed: false, planned: [], exemptCount: 0, mistakenlyPublished: false, lastTopicItem: new Map(),
  };
  writeAllMeetings(ctx);
  ensureOneWaiting(ctx);
  escalationRows(area, ctx.escalations);
  workProgramme(area, schedule, ctx.planned);
  recommendationRows(area, ctx.sources);
  return area;
}

/** The record should always show an escalation still waiting to be heard. */
function ensureOneWaiting(ctx: DemoContext): void {
  if (ctx.escalations.some((e) => !e.heardAt)) return;
  const lastHeld = (key: (typeof BODIES)[number]['key']) => ctx.schedule[key].filter(wasHeld).at(-1)?.date ?? '';
  const candidates = BODIES.filter((b) => b.reportsTo && ctx.lastTopicItem.has(b.key));
  const spec = candidates.find((b) => ctx.lastTopicItem.get(b.key)!.meeting.date > lastHeld(b.reportsTo!)) ?? candidates[0];
  if (!spec) return;
  const { meeting, item, topic } = ctx.lastTopicItem.get(spec.key)!;
  ctx.escalations.push({
    from: ctx.area.bodies[spec.key], to: spec.reportsTo!, actionId: null, agendaItemId: item.id, raisedAt: meeting, topic,
    reason: `Members asked for ${topic.name} to be considered at a more senior level given the risk to public confidence.`,
    heardAt: null, status: 'waiting', outcome: null,
  });
}
