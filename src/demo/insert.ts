/**
 * Batch inserts: hundreds of rows per statement inside one transaction, never one round
 * trip per row, so that even --scale 100 loads quickly into PGlite.
 */
import { getTableColumns, getTableName, sql } from 'drizzle-orm';
import type { Executor } from '../db/connection.js';
import { TABLE_KEYS, TABLES, type IdTable, type Rows, type TableKey } from './store.js';

/** PostgreSQL allows 65,535 parameters a statement; stay well below. */
const MAX_PARAMETERS = 30_000;
const MAX_ROWS = 1_000;

const ID_TABLES = TABLE_KEYS.filter((key): key is IdTable => key !== 'recommendationActions');

function rowsOf(result: unknown): Record<string, unknown>[] {
  return (result as { rows: Record<string, unknown>[] }).rows;
}

/** The highest id already in each table, so that the demo's ids follow on from them. */
export async function idBases(tx: Executor): Promise<Partial<Record<IdTable, number>>> {
  const selects = ID_TABLES.map((key) => `(select coalesce(max(id), 0) from "${getTableName(TABLES[key])}")::int as "${key}"`);
  const [row] = rowsOf(await tx.execute(sql.raw(`select ${selects.join(', ')}`)));
  return Object.fromEntries(ID_TABLES.map((key) => [key, Number(row?.[key] ?? 0)]));
}

export async function insertRows(tx: Executor, rows: Rows, onTable: (key: TableKey, count: number) => void): Promise<void> {
  for (const key of TABLE_KEYS) {
    const table = TABLES[key];
    const list = rows[key];
    const perStatement = Math.max(1, Math.min(MAX_ROWS, Math.floor(MAX_PARAMETERS / Object.keys(getTableColumns(table)).length)));
    for (let i = 0; i < list.length; i += perStatement) {
      await tx.insert(table).values(list.slice(i, i + perStatement) as never);
    }
    onTable(key, list.length);
  }
}

/** Ids were given by the demo, so move each sequence past them. */
export async function resetSequences(tx: Executor): Promise<void> {
  for (const key of [...ID_TABLES, 'users' as const, 'auditEvents' as const]) {
    const name = key === 'users' ? 'users' : key === 'auditEvents' ? 'audit_events' : getTableName(TABLES[key]);
    await tx.execute(sql.raw(
      `select setval(pg_get_serial_sequence('"${name}"', 'id'), m) from (select max(id) as m from "${name}") x where m is not null`,
    ));
  }
}
