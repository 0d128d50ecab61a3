/**
 * The conventional layout many secretariats write — a "Present" heading over organisation
 * lines and one line a person, matters arising that quote each earlier action's reference,
 * an action table closing the minutes with the item each action arose under — read by
 * general rules, in text and in Word. The names and bodies here are made up for the rules.
 */
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/extract/blocks.js';
import { extractBytes } from '../../src/extract/index.js';
import { extract } from '../../src/extract/parse/index.js';
import { splitOwners } from '../../src/extract/parse/owners.js';
import { textBlocks } from '../../src/extract/readers/text.js';
import { blocksToDocx } from './helpers/toDocx.js';

const minutes = (text: string) => extract({ format: 'txt', blocks: textBlocks(text), warnings: [] }, 'test.txt');

const GROUPED = [
  'Northvale and Eastmoor Joint Oversight Board',
  'Annual General Meeting',
  'Civic Centre, Eastmoor',
  'Tuesday 3 March 2026, 10:00',
  '',
  'MINUTES',
  '',
  'Present',
  '',
  'Dr Ffion Mabry (FM) - Chair',
  'Tobias Lange (TL)',
  '',
  'Office of the Police and Crime Commissioner for Northvale and Eastmoor',
  'Ms Ama Boateng (AB) - Vice-Chair',
  'Mr Idris Vaughan (IV) - Minutes',
  '',
  'Northvale and Eastmoor Police',
  'Chief Superintendent Ruth Okoro (RO)',
  '',
  'Eastmoor Young Voices',
  'Kasia Nowak (KN)',
  '',
  'Members',
  '',
  'Pritpal Gill (PG)',
  '',
  'In attendance',
  '',
  'Mrs Hilary Stone (HS)',
  '',
  'Apologies',
  '',
  'Councillor Dai Rees',
  '',
  '1. Matters arising and action log',
  '',
  '1.1 The action log was reviewed.',
  '',
  '1.2 NEJ/2025-11/2 (share the stop and search dashboard (monthly)): Completed and confirmed by the Chair. The action was closed.',
  '',
  '1.3 NEJ/2025-12/1 (report on the cells refurbishment): Awaiting a contractor’s quote. The action remains open.',
  '',
  '1.4 NEJ/2025-12/4 (share the cells survey with members): Deferred until the survey is complete. The action was deferred.',
  '',
  '2. Custody',
  '',
  '2.1 The average time to book a detainee in had fallen to 14 minutes, according to the latest figures.',
  '',
  '2.2 FM asked the force to share the custody inspection findings with the Board. ACTION',
  '',
  '2.3 The Board agreed to escalate NEJ/2025-12/1 to the Commissioner’s board for decision.',
  '',
  '3. Date of next meeting',
  '',
  '3.1 The next meeting will be held on 7 April 2026 at 10:00.',
  '',
  'Action Table',
  '',
  'No.\tItem\tAction\tOwner\tDue',
  '1\t1\tAgree a cells refurbishment timetable with the estates team\tNorthvale and Eastmoor Police\tMay 2026',
  '2\t2\tShare the custody inspection findings with the Board\tNorthvale and Eastmoor Police\tNext meeting',
  '',
  'Date of next meeting: Tuesday 7 April 2026 at 10:00',
].join('\n');

function checkGrouped(record: ReturnType<typeof minutes>): void {
  expect(record.meeting).toMatchObject({ body: 'Northvale and Eastmoor Joint Oversight Board', title: 'Annual General Meeting', date: '2026-03-03' });
  expect(record.attendees.map((a) => [a.name, a.organisation])).toEqual([
    ['Dr Ffion Mabry', null],
    ['Tobias Lange', null],
    ['Ms Ama Boateng', 'Office of the Police and Crime Commissioner for Northvale and Eastmoor'],
    ['Mr Idris Vaughan', 'Office of the Police and Crime Commissioner for Northvale and Eastmoor'],
    ['Ruth Okoro', 'Northvale and Eastmoor Police'],
    ['Kasia Nowak', 'Eastmoor Young Voices'],
    ['Pritpal Gill', null],
    ['Mrs Hilary Stone', null],
  ]);
  expect(record.apologies.map((a) => a.name)).toEqual(['Councillor Dai Rees']);

  const reviewed = record.actions.filter((a) => a.fromPreviousMeeting);
  expect(reviewed.map((a) => [a.text, a.status, a.update])).toEqual([
    ['NEJ/2025-11/2 (share the stop and search dashboard (monthly))', 'completed', 'Completed and confirmed by the Chair. The action was closed.'],
    ['NEJ/2025-12/1 (report on the cells refurbishment)', 'ongoing', 'Awaiting a contractor’s quote. The action remains open.'],
    ['NEJ/2025-12/4 (share the cells survey with members)', 'deferred', 'Deferred until the survey is complete. The action was deferred.'],
  ]);
  // The closing table's rows: the one said nowhere else sits under its item, before the one said in item 2.
  const raised = record.actions.filter((a) => !a.fromPreviousMeeting);
  expect(raised.map((a) => [a.text, a.owners, a.item])).toEqual([
    ['Agree a cells refurbishment timetable with the estates team', ['Northvale and Eastmoor Police'], '1'],
    ['Share the custody inspection findings with the Board', ['Northvale and Eastmoor Police'], '2.2'],
  ]);
  expect(record.nextMeeting?.date).toBe('2026-04-07');
}

describe('minutes in the conventional grouped layout', () => {
  it('reads people under organisation lines, reviews quoting references and the closing action table, as text', () => {
    checkGrouped(minutes(GROUPED));
  });

  it('reads them the same as a Word document with bold organisation lines', async () => {
    const blocks: Block[] = GROUPED.split('\n').filter((line) => line.trim() && !line.includes('\t')).map((text) => ({ kind: 'paragraph', text, bold: /^(Office of|Northvale and Eastmoor Police|Eastmoor Young Voices)/.test(text) }));
    const at = blocks.findIndex((b) => b.kind === 'paragraph' && b.text === 'Action Table');
    blocks.splice(at + 1, 0, { kind: 'table', rows: GROUPED.split('\n').filter((line) => line.includes('\t')).map((line) => line.split('\t')) });
    checkGrouped(await extractBytes(new Uint8Array(await blocksToDocx(blocks)), 'grouped.docx'));
  });

  it('takes a long organisation line over its people as their group, and a bare name among initialled people as a heading', () => {
    const record = minutes([
      'Present:',
      'Ann Hale (AH)',
      'Office of the Police, Fire and Crime Commissioner for the Northern and Western Counties',
      'Ben Idle (BI)',
      'Cara Jones (CJ)',
      'Westfold Carers Voice',
      'Dev Kaur (DK)',
      '',
      '1. Welcome',
    ].join('\n'));
    expect(record.attendees.map((a) => [a.name, a.organisation])).toEqual([
      ['Ann Hale', null],
      ['Ben Idle', 'Office of the Police, Fire and Crime Commissioner for the Northern and Western Counties'],
      ['Cara Jones', 'Office of the Police, Fire and Crime Commissioner for the Northern and Western Counties'],
      ['Dev Kaur', 'Westfold Carers Voice'],
    ]);
  });

  it('takes an organisation set off by a blank line (text) or in bold (Word) over one person as a heading', async () => {
    const lines = ['Present', '', 'Dr Ffion Mabry (FM) - Chair', '', 'Eastmoor Borough Council', 'Councillor Jan Ives (JI)', '', 'Eastmoor Young Voices', 'Kasia Nowak (KN)', '', '1. Welcome', '', '1.1 FM welcomed members.'];
    const expected = [['Dr Ffion Mabry', null], ['Councillor Jan Ives', 'Eastmoor Borough Council'], ['Kasia Nowak', 'Eastmoor Young Voices']];
    expect(minutes(lines.join('\n')).attendees.map((a) => [a.name, a.organisation])).toEqual(expected);
    const blocks: Block[] = lines.filter(Boolean).map((text) => ({ kind: 'paragraph', text, bold: /^Eastmoor/.test(text) }));
    const word = await extractBytes(new Uint8Array(await blocksToDocx(blocks)), 'single.docx');
    expect(word.attendees.map((a) => [a.name, a.organisation])).toEqual(expected);
  });

  it('still reads a name, then its organisation, one person after another', () => {
    const record = minutes(['Attendees', 'Emma Tate (ET)', 'Sport Northvale', 'Jo Marsh (JM)', 'Gypsy Traveller Northvale', '', '1. Welcome'].join('\n'));
    expect(record.attendees.map((a) => [a.name, a.organisation])).toEqual([
      ['Emma Tate', 'Sport Northvale'],
      ['Jo Marsh', 'Gypsy Traveller Northvale'],
    ]);
  });

  it('gives no action for figures or a decision to escalate', () => {
    const record = minutes(GROUPED);
    expect(record.actions.some((a) => /fallen|escalate/i.test(a.text))).toBe(false);
  });
});

describe('owners whose organisation has "and" in its name', () => {
  it('keeps "X and Y Police" whole, and splits people, posts and organisations of their own', () => {
    expect(splitOwners('Northvale and Eastmoor Police')).toEqual(['Northvale and Eastmoor Police']);
    expect(splitOwners('Fire and Rescue Service')).toEqual(['Fire and Rescue Service']);
    expect(splitOwners("Northvale & Eastmoor Commissioner's Office")).toEqual(["Northvale & Eastmoor Commissioner's Office"]);
    expect(splitOwners('CA and Eastmoor Police')).toEqual(['CA', 'Eastmoor Police']);
    expect(splitOwners('Jo Marsh and Eastmoor Council')).toEqual(['Jo Marsh', 'Eastmoor Council']);
    expect(splitOwners('Eastmoor Council and Northvale Police')).toEqual(['Eastmoor Council', 'Northvale Police']);
    expect(splitOwners("Force and Commissioner's Team")).toEqual(['Force', "Commissioner's Team"]);
    expect(splitOwners('Chief Executive and Head of Service')).toEqual(['Chief Executive', 'Head of Service']);
  });

  it('keeps whole an organisation the attendance list names, whatever it ends with', () => {
    const record = minutes([
      'Present',
      'Carers and Families Together',
      'Lyn Orme (LO)',
      'Sam Pike (SP)',
      '',
      '1. Carers',
      'ACTION: Carers and Families Together to share the survey with members.',
    ].join('\n'));
    expect(record.actions.map((a) => a.owners)).toEqual([['Carers and Families Together']]);
  });
});
