/** The action log as CSV or Excel, with the filters of the page it came from and only what the viewer may see. */
import ExcelJS from 'exceljs';
import type { ServiceContext } from '../context.js';
import { listActions, type ActionListRow } from '../actions/query.js';
import type { ActionFilter } from '../actions/schemas.js';

const COLUMNS: { header: string; value: (a: ActionListRow) => string; width: number }[] = [
  { header: 'Reference', value: (a) => a.reference, width: 18 },
  { header: 'Body', value: (a) => a.bodyShortName, width: 10 },
  { header: 'Meeting', value: (a) => a.meetingDate ?? '', width: 12 },
  { header: 'Action', value: (a) => a.text, width: 60 },
  { header: 'Owners', value: (a) => a.owners.map((o) => o.name).join('; '), width: 30 },
  { header: 'Due', value: (a) => a.effectiveDue ?? '', width: 12 },
  { header: 'Due as written', value: (a) => a.dueText ?? '', width: 18 },
  { header: 'Status', value: (a) => a.status, width: 12 },
  { header: 'RAG', value: (a) => a.rag ?? '', width: 8 },
  { header: 'Overdue', value: (a) => (a.dueState === 'overdue' ? 'yes' : ''), width: 9 },
  { header: 'Latest update', value: (a) => a.latestUpdate?.text ?? '', width: 60 },
  { header: 'Closed on', value: (a) => a.closedOn ?? '', width: 12 },
];

/** Every action matching the filter (all pages). */
export async function allActions(ctx: ServiceContext, filter: ActionFilter): Promise<ActionListRow[]> {
  const rows: ActionListRow[] = [];
  for (let page = 1; ; page++) {
    const result = await listActions(ctx, { ...filter, page, pageSize: 200 });
    rows.push(...result.items);
    if (page * result.pageSize >= result.total) return rows;
  }
}

/** RFC 4180 quoting; cells that a spreadsheet would run as formulas are defused with a leading apostrophe. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function actionLogCsv(rows: ActionListRow[]): string {
  const lines = [COLUMNS.map((c) => csvCell(c.header)).join(',')];
  for (const row of rows) lines.push(COLUMNS.map((c) => csvCell(c.value(row))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

export async function actionLogXlsx(rows: ActionListRow[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Oversight';
  const sheet = book.addWorksheet('Action log', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = COLUMNS.map((c) => ({ header: c.header, key: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(COLUMNS.map((c) => c.value(row)));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length } };
  return Buffer.from(await book.xlsx.writeBuffer());
}

export async function exportActionLog(ctx: ServiceContext, filter: ActionFilter, format: 'csv' | 'xlsx') {
  const rows = await allActions(ctx, filter);
  return format === 'csv'
    ? { filename: `action-log-${ctx.today}.csv`, mediaType: 'text/csv; charset=utf-8', content: Buffer.from(actionLogCsv(rows), 'utf8') }
    : { filename: `action-log-${ctx.today}.xlsx`, mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', content: await actionLogXlsx(rows) };
}
