/**
 * The targets on the five seed documents, in each of their formats, scored by the
 * shared scorer. Runs when ../shared (beside the repository) is there; PDF runs once the
 * PDF reader is in.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractBytes } from '../../src/extract/index.js';
import type { ExtractionRecord } from '../../src/extract/record.js';
import { score, TARGETS, writeRecords } from './helpers/score.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const shared = join(root, '..', 'shared');
const seeds = join(shared, 'seeds');
const gold = join(shared, 'gold');
const scorer = join(shared, 'tools', 'score-extraction.mjs');
const hasShared = existsSync(seeds) && existsSync(gold) && existsSync(scorer);
const hasPdfReader = existsSync(join(root, 'src', 'extract', 'readers', 'pdf.ts'));

if (!hasShared) console.warn(`seeds.test: ${shared} not found; the seed targets are not checked.`);
if (hasShared && !hasPdfReader) console.warn('seeds.test: src/extract/readers/pdf.ts not there yet; the PDF seeds are not checked.');

const formats = ['txt', 'docx', ...(hasPdfReader ? ['pdf'] : [])];

describe.skipIf(!hasShared)('extraction from the seed documents', () => {
  for (const format of formats) {
    it(`meets the targets on the ${format} seeds`, { timeout: 180_000 }, async () => {
      const records = new Map<string, ExtractionRecord>();
      for (const file of readdirSync(seeds).filter((f) => extname(f) === `.${format}`)) {
        const bytes = new Uint8Array(readFileSync(join(seeds, file)));
        records.set(basename(file, extname(file)), await extractBytes(bytes, file));
      }
      expect(records.size).toBe(5);
      const result = score(scorer, gold, writeRecords(records));
      const failed = Object.entries(TARGETS).filter(([part, min]) => !((result.f1[part] ?? 0) >= min));
      expect(failed, result.output).toEqual([]);
      for (const part of ['meeting date', 'next meeting date', 'recommendation responses']) {
        const count = result.correct[part]!;
        expect(count.ok, `${part}\n${result.output}`).toBe(count.of);
      }
    });
  }
});
