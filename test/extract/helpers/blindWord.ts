/**
 * Two Word documents for the blind set, written with the `docx` package the way a clerk
 * lays them out in Word: a charity's minutes kept as one table with the actions in the
 * right-hand columns, and a housing association board's minutes with an attendance table
 * of ticks, agenda items as a real numbered list and bold "Decision:" / "Action:" lines.
 * Their expected records are test/fixtures/extract/blind/expected/{charity-trustees,housing-board}.json.
 */
import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';

const cell = (text: string, bold = false) => new TableCell({ children: text.split('\n').map((line) => new Paragraph({ children: [new TextRun({ text: line, bold })] })) });
const row = (cells: string[], bold = false) => new TableRow({ children: cells.map((c) => cell(c, bold)) });
const para = (text: string) => new Paragraph({ children: [new TextRun(text)] });
const bold = (text: string) => new Paragraph({ children: [new TextRun({ text, bold: true })] });
const labelled = (label: string, text: string) => new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(text)] });

export const BLIND_WORD_NAMES = ['charity-trustees.docx', 'housing-board.docx'] as const;

export async function charityTrustees(): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: 'Harbourside Food Bank – Board of Trustees', heading: HeadingLevel.TITLE }),
          para("Minutes of the Trustees' meeting, Monday 3 February 2025, 6.30pm, St Aidan's Church Hall"),
          labelled('Trustees present', 'Margaret Oyelowo (Chair), Daniel Frisk (Treasurer), Bethany Coles (Secretary), Imran Sheikh, Lotte Van Der Berg'),
          labelled('In attendance', 'Carl Mendes (Operations Manager)'),
          labelled('Apologies', 'Revd Peter Aldous'),
          new Table({
            rows: [
              row(['Item', 'Notes', 'Action', 'Owner', 'By when'], true),
              row(['1. Welcome and apologies', 'The Chair welcomed trustees. Apologies as above.', '', '', '']),
              row(['2. Minutes and matters arising', 'The minutes of 2 December 2024 were approved. The insurance renewal has been completed.', '', '', '']),
              row([
                '3. Finance report',
                'DF reported income of £48,200 for Q3, 12% below budget. Reserves stand at five months of running costs.',
                'Prepare a revised budget for 2025/26 showing the effect of lower grant income',
                'DF',
                '3 March 2025',
              ]),
              row([
                '4. Warehouse lease',
                'CM reported that the landlord has offered a three-year renewal at a 9% higher rent. Trustees agreed to negotiate.',
                'Seek a second valuation of the warehouse rent',
                'CM',
                'End of February',
              ]),
              row(['', '', 'Write to the landlord proposing a five-year lease at the current rent', 'MO / CM', '14 February 2025']),
              row(['5. Volunteer recruitment', 'BC said volunteer numbers fell over Christmas.', 'Run a volunteer recruitment drive with the university', 'BC', 'w/c 24 February']),
              row(['6. Safeguarding policy', 'The updated safeguarding policy was approved.', 'Circulate the approved policy to all volunteers', 'BC', 'ASAP']),
              row(['7. AOB', 'IS asked about a trustee away day. Trustees agreed to hold one in the summer.', 'Find dates for a trustee away day', 'IS', 'Next meeting']),
            ],
          }),
          para("Next meeting: Monday 7 April 2025, 6.30pm, St Aidan's Church Hall"),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

const item = (text: string) => new Paragraph({ text, heading: HeadingLevel.HEADING_2, numbering: { reference: 'agenda', level: 0 } });

export async function housingBoard(): Promise<Buffer> {
  const doc = new Document({
    numbering: {
      config: [{ reference: 'agenda', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }] }],
    },
    sections: [
      {
        children: [
          new Paragraph({ text: 'Greenway Homes', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: 'Board meeting', heading: HeadingLevel.HEADING_2 }),
          para('Minutes of the Board meeting held on Wednesday 26 March 2025 at 5.30pm at Greenway House, Aldermoor'),
          bold('Attendance'),
          new Table({
            rows: [
              row(['Name', 'Role', 'Attendance'], true),
              row(['Alison Tremaine', 'Chair', '✓']),
              row(['Jeremy Nkosi', 'Vice Chair', '✓']),
              row(['Priyanka Desai', 'Board Member', '✓']),
              row(['Graham Osei', 'Board Member', 'Apologies']),
              row(['Lorraine Kettle', 'Board Member (Tenant)', '✓']),
              row(['Ciaran Molloy', 'Board Member', '✗']),
              row(['Martin Adebisi', 'Chief Executive', '✓']),
              row(['Helen Strachan', 'Director of Finance', '✓']),
              row(['Femi Olatunji', 'Director of Property', '✓']),
              row(['Rupert Vance', 'Company Secretary', '✓']),
            ],
          }),
          item('Declarations of interest'),
          para('None.'),
          item('Minutes of the previous meeting'),
          para('The minutes of the meeting held on 29 January 2025 were approved.'),
          item("Chief Executive's report"),
          para('The Chief Executive reported that rent arrears had fallen to 2.9% and that 96% of homes met the Decent Homes Standard. The first tenant satisfaction measures survey had closed with 1,240 responses.'),
          labelled('Action', 'Provide the Board with the results of the tenant satisfaction measures survey by estate (Chief Executive) – by 30 June 2025'),
          item('Treasury management policy 2025/26'),
          para('The Director of Finance presented the policy. There were no changes to the counterparty limits.'),
          labelled('Decision', 'The Board approved the Treasury Management Policy 2025/26.'),
          labelled('Action', 'Circulate the approved policy to the Audit and Risk Committee (Company Secretary) – by 30 April 2025'),
          item('Damp and mould'),
          para('The Director of Property reported 214 open damp and mould cases, 31 of them older than eight weeks. The Board expressed concern at the number of older cases.'),
          labelled('Action', 'Bring a report on the time taken to close damp and mould cases to the May Board (Director of Property)'),
          labelled('Action', 'Arrange a Board visit to the Northgate estate (Company Secretary / Director of Property)'),
          item('Any other business'),
          para('There was no other business.'),
          para('Date of next meeting: Wednesday 28 May 2025 at 5.30pm, Greenway House'),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
