/**
 * What the review page shows of an import: each part of the record beside what it would
 * match in the record (an existing body, meeting, person or action) or create.
 */
import type { ActionRecord, ExtractionRecord } from '../../../extract/record.js';
import type { ImportReview, Match, ReviewOwner } from '../../../services/imports/types.js';
import type { Translate } from '../../../i18n/index.js';

/** A GOV.UK tag: the words always say what the colour does. */
export interface Tag {
  text: string;
  classes: string;
}

export interface ActionView {
  /** 1-based, as in the addresses of the forms: /import/:id/edit/actions/:n. */
  n: number;
  action: ActionRecord;
  owners: { name: string; tag: Tag }[];
  /** "Updates PALG/2019-01/2", or a new action. */
  tag: Tag;
  isPlanRow: boolean;
}

export interface ReviewView {
  importId: number;
  filename: string;
  record: ExtractionRecord;
  body: Tag | null;
  meeting: { tag: Tag; id: number | null } | null;
  attendees: { person: ExtractionRecord['attendees'][number]; tag: Tag }[];
  apologies: { person: ExtractionRecord['apologies'][number]; tag: Tag }[];
  actions: ActionView[];
  planRows: ActionView[];
}

const NEW = 'govuk-tag--blue';
const MATCHED = 'govuk-tag--green';

function matchTag<T>(match: Match<T>, matched: (existing: T) => string, fresh: string): Tag {
  return match.existing ? { text: matched(match.existing), classes: MATCHED } : { text: fresh, classes: NEW };
}

function ownerTag(owner: ReviewOwner['resolved'], t: Translate): Tag {
  switch (owner.kind) {
    case 'person':
      return owner.id ? { text: t('importPages.tags.matched', { name: owner.name }), classes: MATCHED } : { text: t('importPages.tags.newPerson'), classes: NEW };
    case 'organisation':
      return { text: t('importPages.tags.organisation', { name: owner.name }), classes: MATCHED };
    case 'team':
      return { text: t('importPages.tags.team'), classes: 'govuk-tag--grey' };
  }
}

/** Action plan rows (a task under a numbered action, with resources or a RAG) are shown apart from the minutes' actions. */
function isPlanRow(action: ActionRecord): boolean {
  return action.parent !== null || action.resources !== null || action.rag !== null;
}

export function reviewView(review: ImportReview, record: ExtractionRecord, t: Translate): ReviewView {
  const people = (as: 'attendee' | 'apology') => review.people.filter((p) => p.as === as)
    .map((p) => matchTag(p.match, (e) => t('importPages.tags.matched', { name: e.name }), t('importPages.tags.newPerson')));
  const attendeeTags = people('attendee');
  const apologyTags = people('apology');
  const actions = record.actions.map((action, index): ActionView => {
    const match = review.actions[index]?.match ?? { existing: null, how: 'new' as const };
    return {
      n: index + 1,
      action,
      owners: review.owners.filter((o) => o.action === index).map((o) => ({ name: o.owner, tag: ownerTag(o.resolved, t) })),
      tag: match.existing
        ? { text: t('importPages.tags.updates', { reference: match.existing.reference }), classes: 'govuk-tag--turquoise' }
        : { text: t(action.fromPreviousMeeting ? 'importPages.tags.noEarlierAction' : 'importPages.tags.newAction'), classes: NEW },
      isPlanRow: isPlanRow(action),
    };
  });
  return {
    importId: review.importId,
    filename: review.filename,
    record,
    body: review.body ? matchTag(review.body, (e) => t('importPages.tags.matched', { name: e.name }), t('importPages.tags.newBody')) : null,
    meeting: review.meeting
      ? { tag: matchTag(review.meeting, () => t('importPages.tags.matchedMeeting'), t('importPages.tags.newMeeting')), id: review.meeting.existing?.id ?? null }
      : null,
    attendees: record.attendees.map((person, i) => ({ person, tag: attendeeTags[i] ?? { text: t('importPages.tags.newPerson'), classes: NEW } })),
    apologies: record.apologies.map((person, i) => ({ person, tag: apologyTags[i] ?? { text: t('importPages.tags.newPerson'), classes: NEW } })),
    actions: actions.filter((a) => !a.isPlanRow),
    planRows: actions.filter((a) => a.isPlanRow),
  };
}
