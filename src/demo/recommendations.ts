/**
 * Recommendations: an inspection report (with the 56-day response clock), a scrutiny
 * review and an internal audit, each with responses, implementation, and the actions that
 * implement them, raised at the meeting that considers the report.
 */
import { addDays, type IsoDate } from '../domain/dates.js';
import { inspectionResponseDue, type ImplementationStatus, type RecommendationResponse, type RecommendationSourceKind } from '../domain/recommendations.js';
import type { Area } from './area.js';
import type { RaisedAction } from './actions.js';
import type { BodyKey, PersonKey } from './roster.js';
import { stamp } from './store.js';
import { longDate } from './text.js';

export interface RecommendationSpec {
  text: string;
  response: RecommendationResponse;
  responseText: string | null;
  /** The action raised to implement it, if the response calls for one. */
  action: string | null;
}

export interface SourceSpec {
  kind: RecommendationSourceKind;
  title: (area: Area) => string;
  issuer: (area: Area) => string;
  /** Days before the anchor it was published. */
  publishedDaysAgo: [number, number];
  /** The body that considers it and raises the actions. */
  bodyKey: BodyKey;
  presenter: PersonKey;
  itemTitle: string;
  dueText: string;
  dueDays: number;
  recommendations: readonly RecommendationSpec[];
}

const accepted = (how: string): string => `Accepted. ${how}`;

export const SOURCES: readonly SourceSpec[] = [
  {
    kind: 'inspection',
    title: (a) => `PEEL inspection of ${a.orgs.force.name}`,
    issuer: () => 'HMICFRS',
    publishedDaysAgo: [290, 340],
    bodyKey: 'sgb',
    presenter: 'assurance',
    itemTitle: 'PEEL inspection report: response to the recommendations',
    dueText: 'Within 6 months',
    dueDays: 182,
    recommendations: [
      { text: 'Within six months, the force should improve how it answers non-emergency calls, so that callers are not left waiting and abandoned calls are followed up.', response: 'accepted', responseText: accepted('A call-back service and a new demand model for the control room are being introduced.'), action: 'Introduce a call-back option for non-emergency calls and report abandonment rates monthly' },
      { text: 'Within six months, the force should make sure that risk assessments for missing children take account of exploitation and are reviewed by a supervisor.', response: 'accepted', responseText: accepted('The missing persons risk assessment has been revised and supervisors have been briefed.'), action: 'Revise the missing persons risk assessment to include exploitation and audit supervisor reviews' },
      { text: 'Within six months, the force should make sure that investigations are allocated to officers with the right skills and are supervised effectively.', response: 'partially accepted', responseText: 'Partially accepted. The force accepts the need for better supervision but considers that its allocation policy already meets national guidance; it will review supervision only.', action: 'Review the supervision of volume crime investigations and report the findings' },
      { text: 'Within six months, the force should improve its understanding of disproportionality in stop and search and use of force, and act on what it finds.', response: 'accepted', responseText: accepted('An analytical product is being developed with the community scrutiny panel.'), action: 'Produce a quarterly disproportionality analysis of stop and search and use of force' },
      { text: 'Within six months, the force should make sure that victims are updated in line with the Victims\' Code.', response: 'accepted', responseText: accepted('Compliance will be audited monthly and reported to the Strategic Governance Board.'), action: 'Audit compliance with the Victims\' Code each month and report to the Board' },
      { text: 'Within six months, the force should improve the timeliness of vetting renewals for officers and staff.', response: 'accepted', responseText: accepted('Additional vetting officers have been recruited on fixed-term contracts.'), action: 'Clear the backlog of vetting renewals' },
      { text: 'The force should stop routinely taking neighbourhood officers away from their duties to cover response shifts.', response: 'not accepted', responseText: 'Not accepted. The force must be able to move officers to meet urgent demand; it will instead publish abstraction rates so that the Commissioner can hold it to account for them.', action: null },
      { text: 'The force should reduce the backlog of digital devices awaiting examination.', response: 'pending', responseText: null, action: null },
    ],
  },
  {
    kind: 'scrutiny review',
    title: () => 'Scrutiny review: use of force and body-worn video',
    issuer: (a) => a.bodies.psb.name,
    publishedDaysAgo: [150, 220],
    bodyKey: 'sem',
    presenter: 'stopSearchLead',
    itemTitle: 'Scrutiny review of use of force and body-worn video: the force\'s response',
    dueText: 'By the end of the financial year',
    dueDays: 240,
    recommendations: [
      { text: 'Body-worn video should be activated at every use of force, and non-activation should be reviewed by a supervisor within a week.', response: 'accepted', responseText: accepted('Weekly non-activation reports now go to supervisors.'), action: 'Introduce weekly body-worn video non-activation reports for supervisors' },
      { text: 'The community group should review a random sample of use of force footage every quarter.', response: 'accepted', responseText: accepted('The first panel session has been arranged.'), action: 'Set up quarterly community review of use of force footage' },
      { text: 'Use of force on children should be reported separately in the force\'s performance reports.', response: 'accepted', responseText: accepted('A separate table is included from the next quarter.'), action: 'Report use of force on children separately each quarter' },
      { text: 'Spit guards should not be used on children under twelve.', response: 'partially accepted', responseText: 'Partially accepted. Use on under-twelves will need an inspector\'s authority rather than being prohibited outright.', action: 'Change the spit guard policy so that use on children needs an inspector\'s authority' },
      { text: 'The force should publish its use of force data on its website every quarter.', response: 'pending', responseText: null, action: null },
    ],
  },
  {
    kind: 'audit',
    title: () => 'Internal audit: management of seized property and cash',
    issuer: () => 'Joint Internal Audit Service',
    publishedDaysAgo: [420, 480],
    bodyKey: 'sgb',
    presenter: 'cfo',
    itemTitle: 'Internal audit report: seized property and cash',
    dueText: '31 March',
    dueDays: 150,
    recommendations: [
      { text: 'All seized cash should be banked within five working days.', response: 'accepted', responseText: accepted('Banking is now monitored weekly by the property manager.'), action: 'Introduce weekly monitoring of seized cash awaiting banking' },
      { text: 'Property stores should be subject to an unannounced audit twice a year.', response: 'accepted', responseText: accepted('An audit programme has been agreed.'), action: 'Agree and run an unannounced audit programme for property stores' },
      { text: 'Items held beyond their review date should be disposed of or their retention justified.', response: 'accepted', responseText: accepted('A disposal project is under way.'), action: 'Complete the disposal project for property held beyond its review date' },
    ],
  },
];

export interface PlacedSource {
  spec: SourceSpec;
  publishedOn: IsoDate;
  /** Index in spec.recommendations → the implementing action. */
  actions: Map<number, RaisedAction>;
}

export function placeSources(area: Area): PlacedSource[] {
  return SOURCES.map((spec) => ({
    spec, publishedOn: addDays(area.anchor, -area.rng.int(...spec.publishedDaysAgo)), actions: new Map(),
  }));
}

function implementationOf(action: RaisedAction | undefined, response: RecommendationResponse): ImplementationStatus {
  if (!action || response === 'pending' || response === 'not accepted') return 'not started';
  if (action.status === 'completed') return 'complete';
  if (action.status === 'open') return 'not started';
  return 'being progressed';
}

export function recommendationRows(area: Area, placed: readonly PlacedSource[]): void {
  const { rows, ids, anchor, rng } = area;
  for (const { spec, publishedOn, actions } of placed) {
    const sourceId = ids.next('recommendationSources');
    const responseDue = spec.kind === 'inspection' ? inspectionResponseDue(publishedOn) : null;
    const respondedOn = addDays(publishedOn, rng.int(35, 54));
    const body = area.bodies[spec.bodyKey];
    rows.recommendationSources.push({
      id: sourceId, kind: spec.kind, title: spec.title(area), issuer: spec.issuer(area), publishedOn, responseDueOn: responseDue,
      respondedOn: respondedOn <= anchor ? respondedOn : null, bodyId: body.id,
      url: spec.kind === 'inspection' ? `https://inspections.example.org/peel/${area.names.slug}` : null,
      createdAt: stamp(publishedOn, '09:00'),
    });
    spec.recommendations.forEach((rec, i) => {
      const action = actions.get(i);
      let implementation = implementationOf(action, rec.response);
      // The secretariat closes some completed ones, with evidence.
      let closedOn: IsoDate | null = null;
      if (implementation === 'complete' && action?.closedOn && rng.chance(0.5)) {
        implementation = 'closed';
        const checked = addDays(action.closedOn, rng.int(7, 40));
        closedOn = checked <= anchor ? checked : anchor;
      }
      const id = ids.next('recommendations');
      rows.recommendations.push({
        id, sourceId, number: String(i + 1), text: rec.text, ownerBodyId: body.id, ownerOrganisationId: area.orgs.force.id,
        dueDate: addDays(publishedOn, spec.dueDays), dueText: spec.dueText,
        response: rec.response, responseText: rec.responseText, responseDate: rec.response === 'pending' ? null : respondedOn <= anchor ? respondedOn : publishedOn,
        implementation, closedOn,
        closureEvidence: implementation === 'closed' ? `Evidence reviewed by the secretariat on ${longDate(closedOn!)}: completion report and audit results.` : null,
        createdAt: stamp(publishedOn, '09:00', i), updatedAt: stamp(closedOn ?? action?.closedOn ?? publishedOn, '09:00', i),
      });
      if (action) rows.recommendationActions.push({ recommendationId: id, actionId: action.id });
    });
  }
}
