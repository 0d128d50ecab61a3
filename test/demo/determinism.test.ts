import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemo, type DemoSummary } from '../../src/demo/index.js';
import { createTestDatabase, drivers, type TestDatabase } from '../support/db.js';
import { ANCHOR, contentHashes, rows, scalar } from './support.js';

for (const driver of drivers()) {
  describe(`demo data is deterministic [${driver}]`, () => {
    let a: TestDatabase;
    let first: DemoSummary;
    beforeAll(async () => {
      a = await createTestDatabase(driver);
      first = await generateDemo(a.db, { seed: 11, anchor: ANCHOR });
    });
    afterAll(async () => {
      await a?.destroy();
    });

    it('gives the same rows for the same seed and anchor, and different ones for another seed', async () => {
      const [b, c] = [await createTestDatabase(driver), await createTestDatabase(driver)];
      try {
        const again = await generateDemo(b.db, { seed: 11, anchor: ANCHOR });
        await generateDemo(c.db, { seed: 12, anchor: ANCHOR });
        expect(again.counts).toEqual(first.counts);
        const [hashA, hashB, hashC] = [await contentHashes(a.db), await contentHashes(b.db), await contentHashes(c.db)];
        expect(hashB).toEqual(hashA);
        expect(hashC.minute_paragraphs).not.toBe(hashA.minute_paragraphs);
        expect(hashC.people).not.toBe(hashA.people);
        expect(hashC.actions).not.toBe(hashA.actions);
      } finally {
        await b.destroy();
        await c.destroy();
      }
    });

    it('adds areas with their own bodies at a larger scale, keeping the first area as it was', async () => {
      const d = await createTestDatabase(driver);
      try {
        const progress: number[] = [];
        const large = await generateDemo(d.db, { seed: 11, anchor: ANCHOR, scale: 2, onProgress: (done, total) => progress.push(done / total) });
        expect(large.areas).toHaveLength(2);
        expect(new Set(large.areas).size).toBe(2);
        expect(await scalar(d.db, 'select count(distinct short_name)::int as n from bodies')).toBe(8);
        expect(large.counts.meetings).toBeGreaterThan(first.counts.meetings * 1.8);
        expect(large.counts.actions).toBeGreaterThan(first.counts.actions * 1.6);
        expect(progress.at(-1)).toBe(1);
        expect(progress).toEqual([...progress].sort((x, y) => x - y));
        const firstArea = `select reference, text, status, due_text from actions where body_id in (select id from bodies where short_name !~ '[0-9]$') order by id`;
        expect(await rows(d.db, firstArea)).toEqual(await rows(a.db, firstArea));
      } finally {
        await d.destroy();
      }
    });
  });
}

describe.runIf(drivers().includes('postgres'))('demo data on both drivers', () => {
  it('is the same on PGlite and on PostgreSQL for the same seed and anchor', async () => {
    const lite = await createTestDatabase('pglite');
    const server = await createTestDatabase('postgres');
    try {
      await generateDemo(lite.db, { seed: 3, anchor: ANCHOR });
      await generateDemo(server.db, { seed: 3, anchor: ANCHOR });
      expect(await contentHashes(server.db)).toEqual(await contentHashes(lite.db));
    } finally {
      await lite.destroy();
      await server.destroy();
    }
  });
});
