/**
 * An action plan as a report card (Results-Based Accountability): the outcome, "We will…"
 * objectives, numbered actions whose tasks are actions in the log, and three performance
 * measures with quarterly values over the two years.
 */
import { addDays, type IsoDate } from '../domain/dates.js';
import type { Rag } from '../domain/rag.js';
import type { Area } from './area.js';
import type { PersonKey } from './roster.js';
import { stamp } from './store.js';
import { financialQuarter } from './text.js';

interface TaskSpec {
  text: string;
  owner: PersonKey;
  resources: string;
  /**
   * Target as written ({month}: "March 2025", {quarter}: "2024/25 Q3" of the date), and the
   * days after the plan is agreed that it falls on (null: no date).
   */
  target: string;
  days: number | null;
  ownerRag: Rag | null;
}

const OBJECTIVES: readonly { text: string; actions: readonly { text: string; tasks: readonly TaskSpec[] }[] }[] = [
  {
    text: 'We will identify domestic abuse earlier and respond to every victim in the same way, wherever they live.',
    actions: [
      { text: 'Train frontline officers and call handlers to recognise coercive and controlling behaviour.', tasks: [
        { text: 'Deliver coercive control training to all response officers', owner: 'publicProtection', resources: 'Within existing training budget', target: '{month}', days: 150, ownerRag: 'green' },
        { text: 'Add coercive control prompts to the call handling script', owner: 'accOperations', resources: 'Systems change: 5 days of developer time', target: 'End of {quarter}', days: 120, ownerRag: null },
      ] },
      { text: 'Place independent domestic violence advisers alongside the control room.', tasks: [
        { text: 'Agree funding for two control room advisers with the health board', owner: 'leadVictims', resources: '£84,000 a year, shared with the health board', target: '6 months', days: 182, ownerRag: 'amber' },
        { text: 'Evaluate the control room adviser pilot', owner: 'research', resources: 'Research and Insight Officer time', target: 'After 12 months of operation', days: 420, ownerRag: null },
      ] },
    ],
  },
  {
    text: 'We will hold perpetrators to account and reduce repeat offending.',
    actions: [
      { text: 'Increase the use of domestic abuse protection orders.', tasks: [
        { text: 'Brief all custody sergeants and inspectors on protection orders', owner: 'custody', resources: 'Within existing resources', target: 'ASAP', days: null, ownerRag: 'green' },
        { text: 'Report the number of protection orders sought and granted each quarter', owner: 'performance', resources: 'Analyst time', target: 'Quarterly, ongoing', days: null, ownerRag: null },
      ] },
      { text: 'Commission a perpetrator programme with the probation service.', tasks: [
        { text: 'Specify and tender the perpetrator programme', owner: 'leadVictims', resources: "£150,000 from the Commissioner's commissioning budget", target: '{month}', days: 240, ownerRag: 'red' },
        { text: 'Agree referral pathways with the probation delivery unit', owner: 'probationHead', resources: 'Within existing resources', target: 'Before the programme starts', days: 300, ownerRag: null },
      ] },
    ],
  },
  {
    text: 'We will make sure that victims are supported and kept informed at every stage.',
    actions: [
      { text: 'Improve how victims are kept informed of the progress of their case.', tasks: [
        { text: 'Introduce a choice of update method (text, phone or letter) for victims', owner: 'accCrime', resources: 'Systems change and staff briefing', target: 'End of {quarter}', days: 200, ownerRag: 'amber' },
        { text: "Audit Victims' Code compliance in domestic abuse cases each quarter", owner: 'assurance', resources: 'Audit team time', target: 'Ongoing', days: null, ownerRag: null },
      ] },
    ],
  },
];

const MEASURES = [
  {
    name: 'Repeat victims of domestic abuse within 12 months', unit: '%', better: 'down' as const, baseline: 31.4, step: -0.45,
    story: 'Repeat victimisation rose after the pandemic as more victims came forward. Since the control room advisers began, more high-risk victims have accepted support at the first call, and the curve has started to turn, though the rural west of the area lags behind.',
  },
  {
    name: 'Arrest rate for domestic abuse crimes', unit: '%', better: 'up' as const, baseline: 36.8, step: 0.6,
    story: 'The arrest rate fell when the force changed its crime recording, then recovered after positive action guidance was reissued and body-worn video use at incidents improved. Supervisors now review every non-arrest decision.',
  },
  {
    name: 'Victims satisfied with being kept informed', unit: '%', better: 'up' as const, baseline: 61, step: 0.9,
    story: 'Satisfaction with being kept informed has been the weakest part of the victim survey for several years. Letting victims choose how they are updated is expected to make the biggest difference; early results are encouraging but samples are small.',
  },
];

export interface PlanTask {
  planActionId: number;
  spec: TaskSpec;
}

export interface PlacedPlan {
  /** The plan is agreed, and its tasks raised, at the first board meeting after this date. */
  agreedAfter: IsoDate;
  tasks: PlanTask[];
}

/** Quarter ends (30 June, 30 September, 31 December, 31 March) from one date to another. */
function quarterEnds(from: IsoDate, to: IsoDate): IsoDate[] {
  const out: IsoDate[] = [];
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) {
    for (const end of [`${y}-03-31`, `${y}-06-30`, `${y}-09-30`, `${y}-12-31`]) if (end >= from && end <= to) out.push(end);
  }
  return out;
}

export function createPlan(area: Area): PlacedPlan {
  const { rows, ids, rng, start, anchor, names } = area;
  const planId = ids.next('actionPlans');
  const created = stamp(addDays(start, 20));
  rows.actionPlans.push({
    id: planId, bodyId: area.bodies.sgb.id, title: 'Domestic abuse report card',
    outcome: `People in ${names.name} live free from domestic abuse, and victims are safe, supported and believed.`,
    period: `${start.slice(0, 4)}–${Number(start.slice(0, 4)) + 2}`, createdAt: created, updatedAt: stamp(anchor),
  });
  const tasks: PlanTask[] = [];
  OBJECTIVES.forEach((objective, o) => {
    const objectiveId = ids.next('planObjectives');
    rows.planObjectives.push({ id: objectiveId, planId, number: String(o + 1), position: o + 1, text: objective.text });
    objective.actions.forEach((action, a) => {
      const planActionId = ids.next('planActions');
      rows.planActions.push({ id: planActionId, planId, objectiveId, number: `${o + 1}.${a + 1}`, position: a + 1, text: action.text });
      for (const spec of action.tasks) tasks.push({ planActionId, spec });
    });
  });
  MEASURES.forEach((m, position) => {
    const measureId = ids.next('measures');
    const ends = quarterEnds(start, anchor);
    rows.measures.push({
      id: measureId, planId, name: m.name, unit: m.unit, betterDirection: m.better, baseline: m.baseline,
      baselineLabel: ends[0] ? financialQuarter(ends[0]) : null, storyBehindCurve: m.story, position: position + 1,
    });
    let value = m.baseline;
    ends.forEach((end, i) => {
      // The first quarters drift the wrong way before the curve turns.
      value += (i < 2 ? -m.step : m.step) + (rng.next() - 0.5) * Math.abs(m.step) * 2;
      rows.measureValues.push({
        id: ids.next('measureValues'), measureId, period: financialQuarter(end), periodEnd: end,
        value: Math.round(value * 10) / 10, note: i === ends.length - 1 ? 'Provisional' : i === 2 && rng.chance(0.5) ? 'New recording standard from this quarter' : null,
      });
    });
  });
  return { agreedAfter: addDays(start, 30), tasks };
}
