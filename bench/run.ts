/**
 * npm run bench: every benchmark, one after another in one run, each printing its table.
 * Pick some with arguments: `npm run bench -- record web`.
 */
import { benchExtract } from './extract.js';
import { benchImport } from './import.js';
import { benchRecord } from './record.js';
import { printTable, type BenchRow } from './stats.js';
import { benchWeb } from './web.js';

const BENCHES: Record<string, [string, () => Promise<BenchRow[]>]> = {
  record: ['The record: demo load, search and dashboard (issue 2)', benchRecord],
  extract: ['Extraction throughput (issue 3)', benchExtract],
  import: ['Import of generated minutes (issue 3)', benchImport],
  web: ['Pages under load (issue 4)', benchWeb],
};

const wanted = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(BENCHES);
for (const name of wanted) {
  const bench = BENCHES[name];
  if (!bench) throw new Error(`There is no benchmark "${name}"; choose from: ${Object.keys(BENCHES).join(', ')}.`);
  const started = performance.now();
  printTable(bench[0], await bench[1]());
  console.log(`(${((performance.now() - started) / 1000).toFixed(0)} s)`);
}
