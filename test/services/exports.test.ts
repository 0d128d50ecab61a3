import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { expect, it } from 'vitest';
import { PUBLIC } from '../../src/domain/access.js';
import { raiseAction } from '../../src/services/actions/index.js';
import { csvCell, exportActionLog, exportMinutes, meetingsCalendar, minutesModel, minutesText } from '../../src/services/exports/index.js';
import type { MeetingView } from '../../src/services/meetings/view.js';
import { addMinute, setMeetingStatus } from '../../src/services/meetings/index.js';
import { describeEachDriver } from '../support/db.js';
import { buildWorld, contextAs } from '../support/world.js';

it('quotes CSV cells and defuses spreadsheet formulas', () => {
  expect(csvCell('plain')).toBe('plain');
  expect(csvCell('a, "b"')).toBe('"a, ""b"""');
  expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
});

it('lists those present in the attendance order, a heading wherever the organisation changes', () => {
  const person = (name: string, organisationName: string | null, role: string | null = null) =>
    ({ personId: 0, name, honorific: null, initials: name.split(' ').map((w) => w[0]).join(''), kind: 'present', role, organisationName, jobTitle: null });
  const view = {
    meeting: { date: '2025-07-28', title: null, venue: 'Civic Centre', virtual: false, startTime: null },
    body: { name: 'Eastvale Community Group', shortName: 'ECG' },
    attendance: [person('Ann Hale', null, 'Chair'), person('Abe Hill', null), person('Ben Idle', 'Eastvale Council'), person('Cara Jones', 'Eastvale Council'), person('Dev Kaur', 'Westvale Police'), person('Eve Long', null)],
    items: [{ number: '1', title: 'Welcome', withheld: false, minutes: [], decisions: [{ id: 1, number: null, text: 'RESOLVED that the report be noted.' }], actions: [] }],
    general: { minutes: [], decisions: [], actions: [] },
    next: null,
  } as unknown as MeetingView;
  const model = minutesModel(view);
  expect(model.attendees).toEqual([
    { organisation: null, lines: ['Ann Hale (AH) - Chair', 'Abe Hill (AH)'] },
    { organisation: 'Eastvale Council', lines: ['Ben Idle (BI)', 'Cara Jones (CJ)'] },
    { organisation: 'Westvale Police', lines: ['Dev Kaur (DK)'] },
    { organisation: 'Members', lines: ['Eve Long (EL)'] },
  ]);
  // A decision that already says "RESOLVED" is not said twice.
  expect(minutesText(model)).toContain('\nRESOLVED that the report be noted.\n');
});

describeEachDriver('exports', (database) => {
  it('writes minutes as text and Word, withholding exempt items from the public', async () => {
    const db = database().db;
    const w = await buildWorld(db);
    await addMinute(w.ctx, w.past.id, { agendaItemId: w.item.id, number: '3.1', text: 'The group examined the stop and search figures.' });
    await addMinute(w.ctx, w.past.id, { agendaItemId: w.exempt.id, number: '4.1', text: 'The named officer complaint was discussed.' });
    await raiseAction(w.ctx, { meetingId: w.past.id, agendaItemId: w.item.id, text: 'Circulate the figures', owners: [{ personId: w.officer.id }], dueText: 'next meeting' });

    const txt = (await exportMinutes(w.ctx, w.past.id, 'txt')).content.toString('utf8');
    expect(txt).toContain(w.group.name);
    expect(txt).toContain('Wednesday 13 March 2024');
    expect(txt).toContain('Ceri Ashdown (CA) - Chair');
    expect(txt).toContain('3.1 The group examined the stop and search figures.');
    expect(txt).toContain('No.\tItem\tAction\tOwner\tDue');
    expect(txt).toContain('1\t3\tCirculate the figures\tMorgan Pryce\tnext meeting');
    expect(txt).toContain('The named officer complaint');
    expect(txt).toContain('Date of next meeting: Wednesday 10 July 2024');

    const docx = await exportMinutes(w.ctx, w.past.id, 'docx');
    expect(docx.filename).toBe(`${w.group.shortName}-2024-03-13-minutes.docx`);
    const words = (await mammoth.extractRawText({ buffer: docx.content })).value;
    expect(words).toContain('Circulate the figures');

    await setMeetingStatus(w.ctx, w.past.id, { status: 'minutes approved' });
    await setMeetingStatus(w.ctx, w.past.id, { status: 'published' });
    const publicTxt = (await exportMinutes(contextAs(db, PUBLIC), w.past.id, 'txt')).content.toString('utf8');
    expect(publicTxt).toContain('3.1 The group examined');
    expect(publicTxt).not.toContain('named officer');
    expect(publicTxt).toContain('Exempt item: staffing matter');
  });

  it('exports the action log as CSV and Excel, and meetings as a calendar', async () => {
    const db = database().db;
    const w = await buildWorld(db);
    await raiseAction(w.ctx, { meetingId: w.past.id, text: 'Review the =formula risk, "quoted"', dueDate: '2024-05-01' });
    const csv = (await exportActionLog(w.ctx, { bodyId: w.group.id }, 'csv')).content.toString('utf8');
    const [header, row] = csv.trim().split('\r\n');
    expect(header).toMatch(/^Reference,Body,Meeting,Action,Owners,Due/);
    expect(row).toContain('"Review the =formula risk, ""quoted"""');
    expect(row).toContain(',yes,');

    const xlsx = await exportActionLog(w.ctx, { bodyId: w.group.id }, 'xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.content as never);
    const sheet = book.getWorksheet('Action log')!;
    expect(sheet.getRow(2).getCell(4).value).toBe('Review the =formula risk, "quoted"');

    const ics = (await meetingsCalendar(w.ctx, { bodyId: w.group.id, from: '2024-01-01', baseUrl: 'http://localhost:3000' })).content.toString('utf8');
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(ics).toContain('DTSTART:20240313T100000');
    expect(ics).toContain(`SUMMARY:${w.group.name}`);
  });
});
