/** What the writers of one area's meetings share while they work through them in order. */
import type { ActionContext } from './actions.js';
import type { Person } from './area.js';
import type { PendingEscalation, PlannedTopic } from './governance.js';
import type { Item, MinutesWriter } from './minutes.js';
import type { PlacedPlan } from './plans.js';
import type { PlacedSource } from './recommendations.js';
import type { BodyKey } from './roster.js';
import type { Meeting } from './schedule.js';
import type { Setting, Voices } from './text.js';
import type { Topic } from './topics/index.js';

export interface DemoContext extends ActionContext {
  escalations: PendingEscalation[];
  sources: PlacedSource[];
  /** Inspection, review and audit already considered at a meeting. */
  sourcesHeard: Set<PlacedSource>;
  plan: PlacedPlan;
  planAgreed: boolean;
  planned: PlannedTopic[];
  exemptCount: number;
  /** One OFFICIAL-SENSITIVE paper per area is flagged published by mistake: it must stay hidden all the same. */
  mistakenlyPublished: boolean;
  lastTopicItem: Map<BodyKey, { meeting: Meeting; item: Item; topic: Topic }>;
}

/** One meeting being written: who is there and how the minutes name them. */
export interface MeetingScope {
  ctx: DemoContext;
  meeting: Meeting;
  w: MinutesWriter;
  setting: Setting;
  chair: Person;
  /** Members present, other than the chair and the secretariat. */
  members: Person[];
  bodyWord: string;
}

export function voicesFor(scope: MeetingScope, presenter: Person): Voices {
  return {
    chair: scope.chair.initials,
    members: scope.members.filter((p) => p !== presenter).map((p) => p.initials),
    presenter: presenter.initials,
    bodyWord: scope.bodyWord,
  };
}
