/** The parser's rules on small pieces of minutes, one concern at a time. */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/parse/index.js';
import { readDue } from '../../src/extract/parse/due.js';
import { startTime } from '../../src/extract/parse/dates.js';
import { parsePersonLine } from '../../src/extract/parse/names.js';
import { OwnerResolver, splitOwners } from '../../src/extract/parse/owners.js';
import { splitTasks } from '../../src/extract/parse/actionTables.js';
import { splitRunOn } from '../../src/extract/parse/markers.js';
import { textBlocks } from '../../src/extract/readers/text.js';

const minutes = (text: string) => extract({ format: 'txt', blocks: textBlocks(text), warnings: [] }, 'test.txt');

describe('due dates', () => {
  it('keeps the words and pins a date only when they give one, counted from the meeting', () => {
    expect(readDue('By end of March 2013', '2012-09-01')).toEqual({ dueText: 'By end of March 2013', due: '2013-03-31' });
    expect(readDue('End of 2012', '2012-09-01')).toEqual({ dueText: 'End of 2012', due: '2012-12-31' });
    expect(readDue('6 months', '2013-09-23')).toEqual({ dueText: '6 months', due: '2014-03-23' });
    expect(readDue('within 3 weeks', '2024-06-04').due).toBe('2024-06-25');
    expect(readDue('14/06/2024', '2024-06-04').due).toBe('2024-06-14');
    for (const words of ['ASAP', 'next meeting', 'Summer 2012 & on-going', 'Oct 2012', 'prior to the March 2023 Escalations meeting']) {
      expect(readDue(words, '2012-05-01')).toEqual({ dueText: words, due: null });
    }
  });

  it('finds the due phrase inside an action', () => {
    const record = minutes('1. Finance\nACTION: JB to circulate the accounts by 14th June 2024.\nACTION: AK to report back prior to the March 2023 Escalations meeting.\nACTION: CD to invite the minister to the next meeting.');
    expect(record.actions.map((a) => a.dueText)).toEqual(['by 14th June 2024', 'prior to the March 2023 Escalations meeting', 'next meeting']);
    expect(record.actions[0]!.due).toBe('2024-06-14');
  });
});

describe('times', () => {
  it('reads the start of the meeting, not a pre-meeting or the end', () => {
    expect(startTime('27th June 2017, 10.00 pre meeting, 10.30-2pm.')).toBe('10:30');
    expect(startTime('Thursday 17th March 2022 13:30- 15:30')).toBe('13:30');
    expect(startTime('Tuesday 4th June 2024 at 7.00pm')).toBe('19:00');
    expect(startTime('1.30-3pm')).toBe('13:30');
    expect(startTime('in Room 2 on 07.12.2021')).toBeNull();
  });
});

describe('people', () => {
  it('reads the ways minutes write a person', () => {
    expect(parsePersonLine('Lee Jones - Chair (LJ)')).toEqual({ name: 'Lee Jones', initials: 'LJ', role: 'Chair', organisation: null });
    expect(parsePersonLine('Assistant Chief Constable David Thorne (DT)')).toMatchObject({ name: 'David Thorne', initials: 'DT', role: 'Assistant Chief Constable' });
    expect(parsePersonLine('Jane Hutt MS')).toMatchObject({ name: 'Jane Hutt' });
    expect(parsePersonLine('Martha Quinlan, Board Manager, Office of the Police and Crime Commissioner')).toMatchObject({ role: 'Board Manager', organisation: 'Office of the Police and Crime Commissioner' });
    expect(parsePersonLine('Head of Planning (Claire Moreton)')).toMatchObject({ name: 'Claire Moreton', role: 'Head of Planning' });
    expect(parsePersonLine('Chair: Cllr Amy Smith')).toMatchObject({ name: 'Cllr Amy Smith', role: 'Chair' });
    expect(parsePersonLine('Meera Kapoor (MK) Independent Chair')).toMatchObject({ name: 'Meera Kapoor', initials: 'MK', role: 'Independent Chair' });
    expect(parsePersonLine('South Wales Police')).toBeNull();
    expect(parsePersonLine('Chief of Staff (Interim)')).toBeNull();
  });

  it('reads "Present:" lists, groups under organisation headings and apologies', () => {
    const record = minutes(
      'Present: Councillors A Smith (Chair), B Jones and C Brown; Mrs D White (Clerk), 3 members of the public\nApologies were received from Cllr E Green and Cllr F Black.\n\n1. Minutes\nAgreed as a correct record.',
    );
    expect(record.attendees.map((a) => a.name)).toEqual(['Councillor A Smith', 'Councillor B Jones', 'Councillor C Brown', 'Mrs D White']);
    expect(record.attendees[3]!.role).toBe('Clerk');
    expect(record.apologies.map((a) => a.name)).toEqual(['Cllr E Green', 'Cllr F Black']);

    const grouped = minutes('Attendees\nCity Council\nRuth Amis (RA)\nHead of Housing\nEastshire Police\nTom Kerr (TK)\n\n1. Welcome');
    expect(grouped.attendees).toEqual([
      { name: 'Ruth Amis', initials: 'RA', role: 'Head of Housing', organisation: 'City Council' },
      { name: 'Tom Kerr', initials: 'TK', role: null, organisation: 'Eastshire Police' },
    ]);
  });
});

describe('owners', () => {
  const owners = new OwnerResolver([
    { name: 'Hannah Jenkins-Jones', initials: 'HJJ' },
    { name: 'Simon Hart' },
    { name: 'Eleanor Whitcombe', role: 'Clerk' },
  ]);

  it('splits owner text and resolves initials, partial names and posts through the attendees', () => {
    expect(splitOwners("LJ/Commissioner's Team")).toEqual(['LJ', "Commissioner's Team"]);
    expect(splitOwners('Police and Crime Commissioner & CA')).toEqual(['Police and Crime Commissioner', 'CA']);
    expect(owners.owners('HJJ and Mr Hart')).toEqual(['Hannah Jenkins-Jones', 'Simon Hart']);
    expect(owners.owners('the Clerk')).toEqual(['Eleanor Whitcombe']);
    expect(owners.owners('Chief Superintendent Danny Richards')).toEqual(['Danny Richards']);
    expect(owners.owners('TBC')).toEqual([]);
  });
});

describe('items', () => {
  it('reads numbered items, minute numbers and "Item N –", not numbered lists or sentences', () => {
    const record = minutes(
      '24/45 Declarations of Interest\nNone.\n24/46 Planning\nThe committee considered 3 applications.\n\nItem 3 – Any other business\nThere were three points:\n1. Parking\n2. Litter\n3. Lighting\n\n4. The chair thanked everyone for coming and closed the meeting.',
    );
    expect(record.items).toEqual([
      { number: '24/45', title: 'Declarations of Interest' },
      { number: '24/46', title: 'Planning' },
    ]);
  });
});

describe('item numbering styles', () => {
  it('reads "(3)", "4.0" and a number alone above its title', () => {
    const record = minutes('(1) Welcome\nThe chair opened the meeting.\n2.0 Finance\n2.1 The accounts were noted.\nItem 3\nAny other business\nNone.');
    expect(record.items).toEqual([
      { number: '1', title: 'Welcome' },
      { number: '2', title: 'Finance' },
      { number: '3', title: 'Any other business' },
    ]);
  });
});

describe('actions', () => {
  it('reads explicit markers, "Action: Name" lines and implicit assignments, once each', () => {
    const record = minutes(
      [
        'Present: Jo Bloggs (JB), Ann Kerr (AK)',
        '1. Budget',
        'The budget was discussed. JB agreed to circulate the revised figures.',
        'AK reported on the grant bid. The grant bid will be submitted in May.',
        'Action: AK',
        '2. Website',
        'It was agreed that a working group will review the website content.',
        'AK said that the last review had been completed in 2022.',
        'Action table',
        'No.\tAction\tOwner',
        '1\tCirculate the revised budget figures\tJB',
      ].join('\n'),
    );
    expect(record.actions.map((a) => [a.text, a.owners])).toEqual([
      ['Circulate the revised budget figures', ['Jo Bloggs']],
      ['The grant bid will be submitted in May', ['Ann Kerr']],
      ['A working group to review the website content', ['Working group']],
    ]);
  });

  it('reads reviews of earlier actions with their status and update', () => {
    const record = minutes('Present: Jo Bloggs (JB)\n1. Actions from the last meeting\nRef\tAction\tOwner\tStatus\n1\tBook the hall\tJB\tComplete – booked for June\n2\tPrint leaflets\tJB\tIn progress');
    expect(record.actions).toMatchObject([
      { text: 'Book the hall', owners: ['Jo Bloggs'], status: 'completed', update: 'booked for June', fromPreviousMeeting: true },
      { text: 'Print leaflets', status: 'ongoing', update: null, fromPreviousMeeting: true },
    ]);
  });

  it('splits action-plan task cells and joins a converter run-on list', () => {
    expect(splitTasks('a) Secure resources  b) Arrange events  c) Ensure multi-agency representation, e.g. police')).toEqual([
      { letter: 'a', text: 'Secure resources' },
      { letter: 'b', text: 'Arrange events' },
      { letter: 'c', text: 'Ensure multi-agency representation, e.g. police' },
    ]);
    expect(splitRunOn('Roads to be added to the agenda for meeting in March Jane Doe to be involved in the review (WG) Minister for Transport to be invited to next meeting')).toEqual([
      'Roads to be added to the agenda for meeting in March',
      'Jane Doe to be involved in the review (WG)',
      'Minister for Transport to be invited to next meeting',
    ]);
  });
});

describe('meeting, decisions and next meeting', () => {
  it('reads a parish-style heading sentence, resolutions and the next meeting', () => {
    const record = minutes(
      'Minutes of the Meeting of Little Widford Parish Council held on Tuesday 4th June 2024 at 7.00pm in the Village Hall\n\n1. Minutes\nRESOLVED that the minutes of the last meeting be approved as a correct record.\n2. Date of next meeting\nTuesday 2nd July 2024 at 7.30pm in the Village Hall.',
    );
    expect(record.meeting).toEqual({ body: 'Little Widford Parish Council', title: null, date: '2024-06-04', venue: 'Village Hall', startTime: '19:00' });
    expect(record.decisions).toEqual(['The minutes of the last meeting be approved as a correct record']);
    expect(record.nextMeeting).toEqual({ date: '2024-07-02', startTime: '19:30', venue: 'Village Hall' });
  });
});
