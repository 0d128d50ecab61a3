/**
 * Runs the shared scorer (score-extraction.mjs) on a folder of predicted records and reads
 * its summary lines: "actions: P=0.95 R=0.90 F1=0.92 (…)" and "meeting date: 5/5 correct".
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExtractionRecord } from '../../../src/extract/record.js';

export interface Score {
  f1: Record<string, number>;
  correct: Record<string, { ok: number; of: number }>;
  output: string;
}

export function writeRecords(records: Map<string, ExtractionRecord>): string {
  const dir = mkdtempSync(join(tmpdir(), 'oversight-extract-'));
  for (const [name, record] of records) writeFileSync(join(dir, `${name}.json`), JSON.stringify(record));
  return dir;
}

export function score(scorer: string, goldDir: string, predDir: string): Score {
  const output = execFileSync(process.execPath, [scorer, '--gold', goldDir, '--pred', predDir, '--verbose'], { encoding: 'utf8' });
  const f1: Record<string, number> = {};
  const correct: Record<string, { ok: number; of: number }> = {};
  for (const line of output.split('\n')) {
    const metric = /^([a-z ]+): P=[\d.]+ R=[\d.]+ F1=([\d.]+)/.exec(line);
    if (metric) f1[metric[1]!] = Number(metric[2]);
    const count = /^([a-z ]+): (\d+)\/(\d+) correct$/.exec(line);
    if (count) correct[count[1]!] = { ok: Number(count[2]), of: Number(count[3]) };
  }
  return { f1, correct, output };
}

/** The targets: F1 for each part and every date right. */
export const TARGETS = { actions: 0.9, attendees: 0.95, apologies: 0.95, items: 0.9, recommendations: 0.95 } as const;
