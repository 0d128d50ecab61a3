/**
 * The gaps the import service's engineer reported, and the general rules added for the
 * blind set, each on a small piece of minutes written for the rule (not taken from a fixture).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ExtractError, extractBytes, readDocument } from '../../src/extract/index.js';
import { extract } from '../../src/extract/parse/index.js';
import { textBlocks } from '../../src/extract/readers/text.js';
import { blocksToDocx } from './helpers/toDocx.js';

const minutes = (text: string) => extract({ format: 'txt', blocks: textBlocks(text), warnings: [] }, 'test.txt');
const bytes = (text: string) => new TextEncoder().encode(text);
const seedDocx = fileURLToPath(new URL('../../../shared/seeds/000_bda7ddf7c3d0f56a.docx', import.meta.url));

async function problemOf(data: Uint8Array, name: string): Promise<ExtractError> {
  try {
    await extractBytes(data, name);
  } catch (error) {
    if (error instanceof ExtractError) return error;
    throw error;
  }
  throw new Error(`${name} was read`);
}

describe('a Word file cut short', () => {
  it('is reported as damaged and incomplete, saying what to do, not as "no zip directory"', async () => {
    const whole = await blocksToDocx([{ kind: 'paragraph', text: 'Minutes of the Board, 3 March 2025' }]);
    for (const cut of [40, Math.floor(whole.length / 2), whole.length - 30]) {
      const error = await problemOf(new Uint8Array(whole.subarray(0, cut)), 'minutes.docx');
      expect(error.problem).toBe('corrupt');
      expect(error.message).toMatch(/^minutes\.docx: this Word file is damaged — it is incomplete/);
      expect(error.message).toMatch(/download or copy it again.*retry\.$/);
      expect(error.message).not.toMatch(/zip directory/);
    }
  });

  it('says "Word file" for a cut-short Word document whatever its name', async () => {
    let whole: Uint8Array;
    try {
      whole = new Uint8Array(readFileSync(seedDocx));
    } catch {
      whole = new Uint8Array(await blocksToDocx([{ kind: 'paragraph', text: 'Minutes' }]));
    }
    const error = await problemOf(whole.subarray(0, Math.floor(whole.length / 2)), 'upload-1234');
    expect(error.message).toMatch(/this Word file is damaged/);
  });
});

describe('new actions beside a review of earlier ones', () => {
  it('keeps an ACTION worded like a matters-arising row, on another subject, as a new action', () => {
    const record = minutes(
      [
        'Present: Jo Bell (JB), Kim Ashe (KA)',
        '1. Matters arising',
        'Actions from the last meeting:',
        'Circulate the draft budget report to members – JB – complete',
        '2. Budget',
        'ACTION: JB to circulate the final budget report to members.',
      ].join('\n'),
    );
    expect(record.actions.map((a) => [a.fromPreviousMeeting, a.status])).toEqual([
      [true, 'completed'],
      [false, 'open'],
    ]);
    expect(record.actions[1]!.text).toMatch(/final budget report/);
  });

  it('reads a closing log with a Due column as this meeting’s actions, and its done rows as earlier ones', () => {
    const record = minutes(
      [
        'Present: Jo Bell (JB), Kim Ashe (KA)',
        '1. Budget',
        'JB to circulate the final budget to members by 14 March 2025.',
        '2. Any other business',
        'None.',
        'Action log',
        'Ref\tAction\tOwner\tDue\tStatus',
        '1\tCirculate the final budget to members\tJo Bell\t14 March 2025\tOpen',
        '2\tBook the venue for the away day\tKim Ashe\tApril 2025\tOpen',
        '3\tRenew the insurance\tKim Ashe\tFebruary 2025\tComplete',
      ].join('\n'),
    );
    expect(record.actions.map((a) => [a.text, a.fromPreviousMeeting])).toEqual([
      ['Circulate the final budget to members', false],
      ['Book the venue for the away day', false],
      ['Renew the insurance', true],
    ]);
    expect(record.actions[0]).toMatchObject({ item: '1', due: '2025-03-14' });
  });

  it('still reads a log under "Actions from the previous meeting" as a review, open rows included', () => {
    const record = minutes(
      ['Present: Jo Bell (JB)', '1. Budget', 'Noted.', 'Actions from the previous meeting', 'Action\tOwner\tDue\tStatus', 'Renew the insurance\tJo Bell\tMarch 2025\tOpen'].join('\n'),
    );
    expect(record.actions).toHaveLength(1);
    expect(record.actions[0]!.fromPreviousMeeting).toBe(true);
  });
});

describe('the meeting’s body', () => {
  it('is never "meeting" from "Minutes of the meeting held on …"', () => {
    expect(minutes('Minutes of the meeting held on 3 May 2024 at 7pm in the Village Hall\n\nPresent: Jane Smith (Chair), Bob Jones').meeting.body).toBeNull();
    expect(minutes('Minutes of the meeting\nheld on 3 May 2024\n\nPresent: Jane Smith, Bob Jones').meeting.body).toBeNull();
    expect(minutes('Eastshire Flood Forum\n\nMinutes of the meeting held on 3 May 2024\n\nPresent: Jane Smith, Bob Jones').meeting).toMatchObject({
      body: 'Eastshire Flood Forum',
      date: '2024-05-03',
    });
    expect(minutes('Minutes of a meeting of the Licensing Committee held in Room 2, Town Hall on Tuesday 4 June 2024 at 10.00am, a long heading line that runs on for many words\n\nPresent: Jane Smith').meeting).toMatchObject({
      body: 'Licensing Committee',
      date: '2024-06-04',
      startTime: '10:00',
    });
  });
});

describe('tables in plain text', () => {
  it('reads lines written with pipes as a table, with or without the rule line', async () => {
    for (const text of ['| Name | Role |\n| Jo Bell | Chair |\n| Kim Ashe | Clerk |', 'Name | Role | Organisation\nJo Bell | Chair | Eastshire Council\nKim Ashe | Clerk | Eastshire Council']) {
      const read = await readDocument(bytes(`Present\n${text}\n\nMore text.`), 'minutes.txt');
      expect(read.blocks[1]).toMatchObject({ kind: 'table' });
      const rows = (read.blocks[1] as { rows: string[][] }).rows;
      expect(rows.map((r) => r.slice(0, 2))).toEqual([['Name', 'Role'], ['Jo Bell', 'Chair'], ['Kim Ashe', 'Clerk']]);
    }
  });

  it('leaves a single line with a pipe in it as text', async () => {
    const read = await readDocument(bytes('Venue: Hall | Room 2\n\nMore text.'), 'minutes.txt');
    expect(read.blocks[0]).toMatchObject({ kind: 'paragraph' });
  });
});

describe('attendance tables of ticks', () => {
  it('puts each person where the marks say: present, apologies, or absent', () => {
    const record = minutes(
      [
        'Attendance',
        'Name\tRole\tPresent\tApologies',
        'Jo Bell\tChair\t✓\t',
        'Kim Ashe\tTreasurer\t\t✓',
        'Lee Dunn\tMember\t\t',
        '',
        'Name\tRole\tAttendance',
        'Ann Cole\tMember\tApologies',
        'Raj Mehta\tMember\t✗',
        'Tom Hart\tMember\tü',
      ].join('\n'),
    );
    expect(record.attendees.map((a) => a.name)).toEqual(['Jo Bell', 'Tom Hart']);
    expect(record.apologies.map((a) => a.name)).toEqual(['Kim Ashe', 'Ann Cole']);
  });
});

describe('bilingual minutes', () => {
  it('reads the English side of each Welsh / English pair', () => {
    const record = minutes(
      [
        'Cofnodion / Minutes',
        'Dyddiad / Date: Dydd Llun 3 Mawrth 2025 / Monday 3 March 2025',
        'Yn bresennol / Present:',
        'Cyng. / Cllr Siân Hughes (Cadeirydd / Chair)',
        'Ymddiheuriadau / Apologies: Tomos Rees',
        '1. Croeso / Welcome',
        'Cam gweithredu / Action: SH to write to the Minister.',
      ].join('\n'),
    );
    expect(record.meeting.date).toBe('2025-03-03');
    expect(record.attendees.map((a) => a.name)).toEqual(['Cllr Siân Hughes']);
    expect(record.apologies.map((a) => a.name)).toEqual(['Tomos Rees']);
    expect(record.items).toEqual([{ number: '1', title: 'Welcome' }]);
    expect(record.actions[0]).toMatchObject({ owners: ['Siân Hughes'] });
  });

  it('leaves an English document’s slashes alone', () => {
    const record = minutes('Present: Jo Bell (JB), Kim Ashe (KA)\n1. Budget 2025/26\nACTION: JB / KA to agree the budget / forecast split.');
    expect(record.items[0]!.title).toBe('Budget 2025/26');
    expect(record.actions[0]).toMatchObject({ owners: ['Jo Bell', 'Kim Ashe'] });
  });
});

describe('resolutions that give a task', () => {
  it('reads "(2) the Clerk be asked to …" and "(b) the Director present …" under RESOLVED as actions', () => {
    const record = minutes(
      [
        'Present: Councillor Ann Lee (Chair)',
        'Officers: Mark Webb (Clerk), Sara Khan (Director of Finance)',
        '1. Budget',
        'RESOLVED – That',
        '(1) the report be noted; and',
        '(2) the Clerk be asked to obtain three quotes for the roof repairs by 30 June 2025.',
        '(3) the Director of Finance present the outturn at the next meeting.',
      ].join('\n'),
    );
    expect(record.actions.map((a) => a.owners)).toEqual([['Mark Webb'], ['Sara Khan']]);
    expect(record.actions[0]!.due).toBe('2025-06-30');
  });
});
