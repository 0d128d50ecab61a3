/**
 * Extracting a document for a person to check before it is imported ("check your answers"):
 * the record, and what each part of it would match in the record or create.
 */
import { eq } from 'drizzle-orm';
import { schema } from '../../db/index.js';
import type { Executor } from '../../db/connection.js';
import { extractionRecordSchema, type ExtractionRecord } from '../../extract/record.js';
import { write } from '../audit.js';
import { requirePermission, type ServiceContext } from '../context.js';
import type { ImportRow } from './confirm.js';
import { Directory, findBody, peopleOfBody } from './directory.js';
import { actionsOfBody, actionsOfMeeting, findAction } from './earlierActions.js';
import { prepare, storeExtraction, storeFailure, withBody, type ImportInput } from './prepare.js';
import { Resolver } from './resolver.js';
import type { ImportReview, ReviewAction, ReviewOwner, ReviewPerson } from './types.js';
import { likeliest, meetingsOn } from './writeMeeting.js';

const { imports } = schema;

export async function extractForReview(ctx: ServiceContext, input: ImportInput): Promise<ImportReview> {
  requirePermission(ctx, 'import.run');
  const prepared = await prepare(ctx, input);
  switch (prepared.kind) {
    case 'unchanged':
      return { ...emptyReview(prepared.earlier, 'unchanged'), record: recordOf(prepared.earlier) };
    case 'failed': {
      const row = await write(ctx, (tx, audit) => storeFailure(tx, ctx, audit, prepared));
      return emptyReview(row, 'failed');
    }
    case 'pending': {
      let row = prepared.row;
      const record = recordOf(row);
      if (record && input.bodyName?.trim() && input.bodyName.trim() !== record.meeting.body) {
        [row] = await ctx.db.update(imports).set({ record: withBody(record, input.bodyName) }).where(eq(imports.id, row.id)).returning() as [ImportRow];
      }
      return buildReview(ctx.db, row);
    }
    case 'extracted': {
      const row = await write(ctx, (tx, audit) => storeExtraction(tx, ctx, audit, prepared, input.bodyName));
      return buildReview(ctx.db, row);
    }
  }
}

function recordOf(row: ImportRow): ExtractionRecord | null {
  const parsed = extractionRecordSchema.safeParse(row.record);
  return parsed.success ? parsed.data : null;
}

function emptyReview(row: ImportRow, status: ImportReview['status']): ImportReview {
  return {
    importId: row.id, status, filename: row.filename, sha256: row.sha256, error: row.error, record: null,
    meetingId: row.meetingId, body: null, meeting: null, people: [], owners: [], actions: [],
  };
}

/** What the record would match, worked out without writing anything. */
export async function buildReview(db: Executor, row: ImportRow): Promise<ImportReview> {
  const record = recordOf(row);
  const review: ImportReview = { ...emptyReview(row, 'extracted'), record };
  if (!record) return review;
  const bodyFound = record.meeting.body ? await findBody(db, record.meeting.body) : null;
  review.body = bodyFound ? { existing: bodyFound.known, how: bodyFound.how } : record.meeting.body ? { existing: null, how: 'new' } : null;
  const meeting = bodyFound && record.meeting.date ? likeliest(await meetingsOn(db, bodyFound.known.id, record.meeting.date), record.meeting) : null;
  review.meeting = meeting
    ? { existing: { id: meeting.id, date: meeting.date, title: meeting.title, status: meeting.status }, how: 'same body and date' }
    : record.meeting.date ? { existing: null, how: 'new' } : null;

  const directory = await Directory.load(db);
  const resolver = new Resolver(directory, bodyFound ? await peopleOfBody(db, bodyFound.known.id) : new Set());
  // Someone new still answers to their initials later in the same minutes.
  let placeholder = 0;
  const person = (name: string, as: ReviewPerson['as'], organisation: string | null, initials: string | null): ReviewPerson => {
    const organisationId = organisation ? directory.organisation(organisation)?.known.id ?? null : null;
    const found = resolver.attendee(name, organisationId);
    resolver.atMeeting(found?.person ?? { id: --placeholder, name, initials, organisationId }, initials);
    return { name, as, match: found ? { existing: { id: found.person.id, name: found.person.name }, how: found.how } : { existing: null, how: 'new' } };
  };
  review.people = [
    ...record.attendees.map((a) => person(a.name, 'attendee', a.organisation, a.initials)),
    ...record.apologies.map((a) => person(a.name, 'apology', a.organisation, null)),
  ];
  review.owners = record.actions.flatMap((action, index) => action.owners.map((owner): ReviewOwner => {
    const r = resolver.owner(owner);
    const resolved: ReviewOwner['resolved'] =
      r.kind === 'person' ? { kind: 'person', id: r.person.id > 0 ? r.person.id : null, name: r.person.name, how: r.person.id > 0 ? r.how : 'new' }
        : r.kind === 'new person' ? { kind: 'person', id: null, name: r.name, how: 'new' }
          : r.kind === 'organisation' ? { kind: 'organisation', id: r.organisation.id, name: r.organisation.name, how: r.how }
            : { kind: 'team', team: r.team };
    return { action: index, owner, resolved };
  }));

  const earlier = bodyFound && record.meeting.date ? await actionsOfBody(db, bodyFound.known.id, record.meeting.date) : [];
  const ofThisMeeting = meeting ? await actionsOfMeeting(db, meeting.id) : [];
  const used = new Set<number>();
  review.actions = record.actions.map((action, index): ReviewAction => {
    const ownerIds = review.owners.flatMap((o) => (o.action === index && o.resolved.kind === 'person' && o.resolved.id ? [o.resolved.id] : []));
    const found = findAction({ text: action.text, dueText: action.dueText, update: action.update, ownerIds }, action.fromPreviousMeeting ? earlier : ofThisMeeting, used);
    if (found) used.add(found.action.id);
    return {
      index, text: action.text, fromPreviousMeeting: action.fromPreviousMeeting,
      match: found ? { existing: { id: found.action.id, reference: found.action.reference, status: found.action.status }, how: found.how } : { existing: null, how: 'new' },
    };
  });
  return review;
}
