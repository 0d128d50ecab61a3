/** Small helpers for benchmarks: timing, percentiles, and printing a table of figures. */
export interface BenchRow {
  name: string;
  figure: string;
  baseline: string;
  ratio: string;
}

export function percentile(samples: number[], p: number): number {
  if (!samples.length) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** Runs `work` `times` times after `warmup` runs; returns each run's milliseconds. */
export async function timeRuns(times: number, work: (i: number) => Promise<unknown>, warmup = 3): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await work(i);
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    await work(i);
    samples.push(performance.now() - start);
  }
  return samples;
}

export const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : 1)} ms`;
export const ratio = (a: number, b: number) => { const r = a / b; return `${r >= 0.1 ? r.toFixed(2) : r.toPrecision(2)}×`; };

export function printTable(title: string, rows: BenchRow[]): void {
  const head: BenchRow = { name: 'measure', figure: 'figure', baseline: 'baseline', ratio: 'ratio' };
  const all = [head, ...rows];
  const width = (key: keyof BenchRow) => Math.max(...all.map((r) => r[key].length));
  const line = (r: BenchRow) => `| ${r.name.padEnd(width('name'))} | ${r.figure.padEnd(width('figure'))} | ${r.baseline.padEnd(width('baseline'))} | ${r.ratio.padEnd(width('ratio'))} |`;
  console.log(`\n${title}\n`);
  console.log(line(head));
  console.log(`|${'-'.repeat(width('name') + 2)}|${'-'.repeat(width('figure') + 2)}|${'-'.repeat(width('baseline') + 2)}|${'-'.repeat(width('ratio') + 2)}|`);
  for (const r of rows) console.log(line(r));
}
