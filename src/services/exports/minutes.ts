/**
 * Minutes written out from the record — as plain text and as Word — in the conventional
 * layout secretariats use: heading, attendees by organisation, numbered items and paragraphs,
 * decisions, an action table, the date of the next meeting. What the viewer may not see
 * (exempt items) is already withheld by getMeeting.
 */
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { ServiceContext } from '../context.js';
import { getMeeting, type MeetingView } from '../meetings/view.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export function longDate(iso: string): string {
  const d = new Date(`${iso}T12:00:00Z`);
  return `${DAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** The minutes as a document model: the same content for every format. */
export interface MinutesModel {
  heading: string[];
  attendees: { organisation: string | null; lines: string[] }[];
  inAttendance: string[];
  apologies: string[];
  items: { heading: string; paragraphs: string[] }[];
  /** The action table: each action with the agenda item it arose under. */
  actions: { number: number; item: string; text: string; owner: string; due: string }[];
  nextMeeting: string | null;
  filename: string;
}

function personLine(a: MeetingView['attendance'][number]): string {
  const name = [a.honorific, a.name].filter(Boolean).join(' ');
  return `${name}${a.initials ? ` (${a.initials})` : ''}${a.role ? ` - ${a.role}` : ''}`;
}

/**
 * Those present, in the order of the attendance list, under their organisation: a new
 * heading wherever the organisation changes. People of no organisation after a group come
 * under "Members", so that they are not read as belonging to the organisation above them.
 */
function attendeeGroups(present: MeetingView['attendance']): MinutesModel['attendees'] {
  const groups: MinutesModel['attendees'] = [];
  for (const a of present) {
    const last = groups[groups.length - 1];
    const organisation = a.organisationName ?? (last?.organisation ? 'Members' : null);
    if (last && last.organisation === organisation) last.lines.push(personLine(a));
    else groups.push({ organisation, lines: [personLine(a)] });
  }
  return groups;
}

/** A decision as minutes record it: "RESOLVED: …", once, though its words may already say so. */
function resolved(text: string): string {
  return /^resolved\b/i.test(text) ? text.replace(/^resolved\b/i, 'RESOLVED') : `RESOLVED: ${text}`;
}

export function minutesModel(view: MeetingView): MinutesModel {
  const { meeting, body } = view;
  const present = view.attendance.filter((a) => a.kind === 'present');
  const actions = [...view.items.flatMap((item, index) => item.actions.map((a) => ({ ...a, item: item.number ?? String(index + 1) }))), ...view.general.actions.map((a) => ({ ...a, item: '' }))];
  const items = view.items.map((item, index) => {
    const number = item.number ?? String(index + 1);
    const paragraphs = item.withheld
      ? ['This item was considered in private (exempt information).']
      : [
          ...item.minutes.map((m) => `${m.number ? `${m.number} ` : ''}${m.text}`),
          ...item.decisions.map((d) => resolved(d.text)),
        ];
    return { heading: `${number}. ${item.title}`, paragraphs };
  });
  if (view.general.minutes.length || view.general.decisions.length) {
    items.push({ heading: 'Other matters', paragraphs: [...view.general.minutes.map((m) => m.text), ...view.general.decisions.map((d) => resolved(d.text))] });
  }
  return {
    heading: [body.name, ...(meeting.title ? [meeting.title] : []), ...(meeting.venue ? [meeting.venue] : meeting.virtual ? ['Virtual meeting'] : []),
      `${longDate(meeting.date)}${meeting.startTime ? `, ${meeting.startTime}` : ''}`],
    attendees: attendeeGroups(present),
    inAttendance: view.attendance.filter((a) => a.kind === 'in attendance').map(personLine),
    apologies: view.attendance.filter((a) => a.kind === 'apologies').map((a) => [a.honorific, a.name].filter(Boolean).join(' ')),
    items,
    actions: actions.map((a, i) => ({
      number: i + 1,
      item: a.item,
      text: a.text,
      owner: a.owners.map((o) => o.name).join(', '),
      due: a.dueText ?? (a.dueDate ? longDate(a.dueDate) : ''),
    })),
    nextMeeting: view.next ? `${longDate(view.next.date)}${view.next.startTime ? ` at ${view.next.startTime}` : ''}` : null,
    filename: `${body.shortName}-${meeting.date}-minutes`,
  };
}

/** The action table's columns: its number, the item it arose under, the action, its owners and when it is due. */
const ACTION_COLUMNS = ['No.', 'Item', 'Action', 'Owner', 'Due'];
const actionRow = (a: MinutesModel['actions'][number]) => [String(a.number), a.item, a.text, a.owner, a.due];

export function minutesText(model: MinutesModel): string {
  const out: string[] = [...model.heading, '', 'MINUTES', '', 'Present', ''];
  for (const group of model.attendees) {
    if (group.organisation) out.push(group.organisation);
    out.push(...group.lines, '');
  }
  if (model.inAttendance.length) out.push('In attendance', '', ...model.inAttendance, '');
  if (model.apologies.length) out.push('Apologies', '', ...model.apologies, '');
  for (const item of model.items) out.push(item.heading, '', ...item.paragraphs.flatMap((p) => [p, '']));
  if (model.actions.length) {
    out.push('Action Table', '', ACTION_COLUMNS.join('\t'));
    for (const a of model.actions) out.push(actionRow(a).join('\t'));
    out.push('');
  }
  if (model.nextMeeting) out.push(`Date of next meeting: ${model.nextMeeting}`, '');
  return out.join('\n');
}

const cell = (text: string, bold = false) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });

export async function minutesDocx(model: MinutesModel): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [
    ...model.heading.map((text, i) => new Paragraph({ text, heading: i === 0 ? HeadingLevel.TITLE : HeadingLevel.HEADING_2, alignment: AlignmentType.CENTER })),
    new Paragraph({ text: 'Minutes', heading: HeadingLevel.HEADING_1 }),
    new Paragraph({ text: 'Present', heading: HeadingLevel.HEADING_2 }),
  ];
  for (const group of model.attendees) {
    if (group.organisation) children.push(new Paragraph({ children: [new TextRun({ text: group.organisation, bold: true })] }));
    children.push(...group.lines.map((text) => new Paragraph({ text })));
  }
  if (model.inAttendance.length) children.push(new Paragraph({ text: 'In attendance', heading: HeadingLevel.HEADING_2 }), ...model.inAttendance.map((text) => new Paragraph({ text })));
  if (model.apologies.length) children.push(new Paragraph({ text: 'Apologies', heading: HeadingLevel.HEADING_2 }), ...model.apologies.map((text) => new Paragraph({ text })));
  for (const item of model.items) {
    children.push(new Paragraph({ text: item.heading, heading: HeadingLevel.HEADING_2 }), ...item.paragraphs.map((text) => new Paragraph({ text })));
  }
  if (model.actions.length) {
    children.push(new Paragraph({ text: 'Action Table', heading: HeadingLevel.HEADING_2 }), new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({ tableHeader: true, children: ACTION_COLUMNS.map((h) => cell(h, true)) }),
        ...model.actions.map((a) => new TableRow({ children: actionRow(a).map((t) => cell(t)) })),
      ],
    }));
  }
  if (model.nextMeeting) children.push(new Paragraph({ text: `Date of next meeting: ${model.nextMeeting}` }));
  return Packer.toBuffer(new Document({ creator: 'Oversight', title: model.heading.join(' – '), sections: [{ children }] }));
}

/** The meeting's minutes in a format, as the viewer may see them. */
export async function exportMinutes(ctx: ServiceContext, meetingId: number, format: 'txt' | 'docx') {
  const model = minutesModel(await getMeeting(ctx, meetingId));
  return format === 'txt'
    ? { filename: `${model.filename}.txt`, mediaType: 'text/plain; charset=utf-8', content: Buffer.from(minutesText(model), 'utf8') }
    : { filename: `${model.filename}.docx`, mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', content: await minutesDocx(model) };
}
