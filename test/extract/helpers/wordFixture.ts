/**
 * A Word document of minutes written with the `docx` package, the way a clerk lays them
 * out in Word: a title, an attendance table, agenda items as a real numbered list (so the
 * numbers exist only in Word's numbering, not in the text), bold "Action:" lines, and an
 * action table at the end. Its expected record is test/fixtures/extract/expected/youth-justice-board.json.
 */
import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';

export const WORD_FIXTURE_NAME = 'youth-justice-board.docx';

const cell = (text: string, bold = false) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
const row = (cells: string[], bold = false) => new TableRow({ children: cells.map((c) => cell(c, bold)) });
const para = (text: string) => new Paragraph({ children: [new TextRun(text)] });
const item = (text: string) => new Paragraph({ text, heading: HeadingLevel.HEADING_2, numbering: { reference: 'agenda', level: 0 } });
const action = (text: string) => new Paragraph({ children: [new TextRun({ text: 'Action: ', bold: true }), new TextRun(text)] });

export async function wordFixture(): Promise<Buffer> {
  const doc = new Document({
    numbering: {
      config: [{ reference: 'agenda', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }] }],
    },
    sections: [
      {
        children: [
          new Paragraph({ text: 'Greystone Youth Justice Partnership Board', heading: HeadingLevel.HEADING_1 }),
          para('Minutes of the meeting held on Thursday 21 November 2024 at 10.00am'),
          para('Venue: Council Chamber, Greystone Town Hall'),
          new Paragraph({ children: [new TextRun({ text: 'Present', bold: true })] }),
          new Table({
            rows: [
              row(['Name', 'Role', 'Organisation'], true),
              row(['Imogen Carver (IC)', 'Chair', 'Greystone Council']),
              row(['Desmond Oyelaran (DO)', 'Head of Youth Justice Service', 'Greystone Council']),
              row(['Superintendent Harriet Vale (HV)', 'Local Policing Commander', 'Eastshire Police']),
              row(['Maureen Tully (MT)', 'Head of Inclusion', 'Greystone Schools Partnership']),
              row(['Leon Fitzgerald (LF)', 'Probation Manager', 'Probation Service']),
            ],
          }),
          para('Apologies were received from Paul Oduya and Carmen Silva.'),
          item('Minutes of the last meeting'),
          para('The minutes of the meeting held on 19 September 2024 were agreed as an accurate record.'),
          item('Youth Justice performance'),
          para('DO presented the quarterly performance report. First-time entrants have fallen by 12% compared with last year, but reoffending remains above the regional average.'),
          action('DO to circulate the reoffending breakdown by age group.'),
          para('HV noted that the out-of-court disposal panel now meets fortnightly.'),
          item('School exclusions'),
          para('MT reported that permanent exclusions rose to 41 last year. The board agreed that reducing exclusions should be a priority in next year’s plan.'),
          action('MT and DO to draft a joint protocol on exclusions for the February meeting.'),
          item('Any other business'),
          para('LF asked for the board’s data-sharing agreement to be reviewed before it expires in March.'),
          action('IC to ask the council’s information governance team to review the agreement.'),
          item('Date of next meeting'),
          para('Thursday 20 February 2025 at 10.00am, Greystone Town Hall'),
          new Paragraph({ children: [new TextRun({ text: 'Action table', bold: true })] }),
          new Table({
            rows: [
              row(['No.', 'Action', 'Owner', 'Deadline'], true),
              row(['1', 'Circulate the reoffending breakdown by age group', 'Desmond Oyelaran', '6 December 2024']),
              row(['2', 'Draft a joint protocol on school exclusions', 'Maureen Tully / Desmond Oyelaran', 'February meeting']),
              row(['3', 'Ask information governance to review the data-sharing agreement', 'Imogen Carver', 'ASAP']),
            ],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
