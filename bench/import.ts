/**
 * Importing a few hundred generated minutes (default 300, BENCH_IMPORT_DOCS to change) into
 * PGlite and PostgreSQL, in documents per second beside the extraction of the same files
 * alone, so that each figure is a ratio. Each body's meetings follow on: every set of minutes
 * reviews the previous meeting's actions, so the import finds and updates them.
 *
 *   npx tsx bench/import.ts        (PostgreSQL too when DATABASE_URL or TEST_DATABASE_URL is set)
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onEachDatabase } from './targets.js';
import { extractBytes } from '../src/extract/index.js';
import { systemContext } from '../src/services/context.js';
import { importFile } from '../src/services/imports/index.js';
import { printTable, type BenchRow } from './stats.js';

const DOCUMENTS = Number(process.env.BENCH_IMPORT_DOCS ?? 300);

/** A small seeded generator, so that every run writes the same documents. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BODIES = [
  'Northvale Police and Crime Panel (NPCP)', 'Eastmoor Community Safety Partnership Board', 'Riverside Independent Advisory Group (RIAG)',
  'Westfield Custody Scrutiny Panel', 'Highcliff Youth Justice Board', 'Southport Hate Crime Task and Finish Group',
  'Ashby Road Safety Forum', 'Greywater Accountability Board (GAB)', 'Kingsmere Victims Services Group', 'Oldbridge Scrutiny Committee',
];
const FIRST = ['Alys', 'Bethan', 'Carys', 'Dewi', 'Elin', 'Ffion', 'Gareth', 'Huw', 'Iwan', 'Jac', 'Kofi', 'Leah', 'Meera', 'Nia', 'Osian',
  'Priya', 'Rhodri', 'Sioned', 'Tariq', 'Ursula', 'Vikram', 'Wyn', 'Yasmin', 'Zara', 'Aled', 'Bronwen', 'Cai', 'Delyth'];
const LAST = ['Ashworth', 'Bevan', 'Cadwallader', 'Driscoll', 'Ellwood', 'Fairclough', 'Gittins', 'Hardcastle', 'Iqbal', 'Jarman',
  'Kennard', 'Llewellyn', 'Mansfield', 'Northcott', 'Okonkwo', 'Pennington', 'Quayle', 'Rowntree', 'Sandhu', 'Trevelyan', 'Upton', 'Vaughan-Rees'];
const TITLES = ['', '', '', 'Councillor ', 'Cllr ', 'Dr ', 'Chief Inspector ', 'Superintendent ', 'Mrs ', 'Mr '];
const ROLES = ['Chair', 'Vice-Chair', 'Policy Officer', 'Community Safety Manager', 'Independent Member', 'Head of Service', 'Partnership Lead'];
const ORGANISATIONS = ['Northvale Police', 'Eastmoor Council', 'Riverside Health Board', 'Youth Offending Service', 'Victim Support', 'Fire and Rescue Service'];
const TOPICS = ['stop and search', 'anti-social behaviour', 'domestic abuse', 'hate crime', 'road safety', 'youth diversion', 'custody visits',
  'rural crime', 'knife crime', 'mental health demand', 'county lines', 'victim services', 'neighbourhood policing', 'online fraud'];
const PLACES = ['Abbey', 'Brynmawr', 'Castle', 'Dockside', 'Elmfield', 'Fernhill', 'Glanymor', 'Harbour', 'Ironbridge', 'Jubilee',
  'Kilvey', 'Larkhill', 'Millbrook', 'Northgate', 'Orchard', 'Penllergaer', 'Queensway', 'Rosehill', 'Sketty', 'Townhill'];
/** Tasks as minutes word them; the ward makes two tasks of one kind on one subject different actions. */
const TASKS = [
  (t: string, p: string) => `circulate the latest ${t} figures for ${p} ward to all members`,
  (t: string, p: string) => `provide a breakdown of ${t} incidents in ${p} by month`,
  (t: string, p: string) => `arrange a visit to the ${p} ${t} project for members`,
  (t: string, p: string) => `write to the ${p} neighbourhood team about ${t} patrols`,
  (t: string, p: string) => `report back on the ${p} ${t} pilot evaluation`,
  (t: string, p: string) => `share the ${p} ${t} improvement plan with partners`,
  (t: string, p: string) => `review the ${t} complaints received from ${p} residents`,
];
const DUES = ['by the next meeting', 'ASAP', 'by the end of the month', 'within 3 months'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

interface Person { title: string; name: string; initials: string; role: string; organisation: string }
interface OpenAction { text: string; owner: string }

const longDate = (d: Date) => `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;

/** Writes the documents: each body meets every four to six weeks; the next minutes review the last actions. */
export function writeMinutes(dir: string, count: number): string[] {
  const next = random(42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const rosters = BODIES.map(() => {
    const people: Person[] = [];
    while (people.length < 9) {
      const first = pick(FIRST);
      const last = pick(LAST);
      const initials = `${first[0]}${last[0]}`;
      if (people.some((p) => p.initials === initials)) continue;
      people.push({ title: pick(TITLES), name: `${first} ${last}`, initials, role: people.length ? pick(ROLES.slice(2)) : 'Chair', organisation: pick(ORGANISATIONS) });
    }
    return people;
  });
  const dates = BODIES.map((_, i) => new Date(Date.UTC(2021, i % 12, 3 + i)));
  const open: OpenAction[][] = BODIES.map(() => []);
  const files: string[] = [];
  for (let n = 0; n < count; n++) {
    const b = n % BODIES.length;
    const roster = rosters[b]!;
    const date = dates[b]!;
    const following = new Date(date.getTime() + (28 + Math.floor(next() * 14)) * 86_400_000);
    const present = roster.filter((_, i) => i === 0 || next() > 0.2);
    const absent = roster.filter((p) => !present.includes(p));
    const topics = [pick(TOPICS), pick(TOPICS)];
    const lines = [BODIES[b]!, '', `${longDate(date)}, 10:00`, '', `Venue: ${pick(['Civic Centre, Committee Room 1', 'Police Headquarters', 'Virtual meeting via Microsoft Teams'])}`, '', 'MINUTES', '', 'Present', ''];
    for (const p of present) lines.push(`${p.title}${p.name} (${p.initials}) – ${p.role}, ${p.organisation}`);
    if (absent.length) lines.push('', 'Apologies', '', ...absent.map((p) => `${p.title}${p.name}`));
    lines.push('', '1. Apologies and declarations of interest', '', 'No declarations of interest were made.', '',
      '2. Minutes of the previous meeting and matters arising', '', 'The minutes of the previous meeting were agreed as a true record.');
    if (open[b]!.length) {
      lines.push('The action log was reviewed:', '', 'Action\tOwner\tUpdate');
      const still: OpenAction[] = [];
      for (const a of open[b]!) {
        const done = next() > 0.4;
        lines.push(`${a.text}\t${a.owner}\t${done ? 'Completed' : 'Ongoing'} – ${done ? `done and reported on ${longDate(date)}.` : 'work continues and will report back.'}`);
        if (!done) still.push(a);
      }
      open[b] = still.slice(-4);
    }
    topics.forEach((topic, i) => {
      const lead = pick(present);
      lines.push('', `${i + 3}. ${topic[0]!.toUpperCase()}${topic.slice(1)}`, '', `${lead.initials} presented the quarterly report on ${topic}. Members asked about trends and resourcing.`);
      for (let k = 0; k < 1 + Math.floor(next() * 2); k++) {
        const owner = pick(present);
        const task = pick(TASKS)(topic, pick(PLACES));
        lines.push('', `ACTION: ${owner.initials} to ${task} ${pick(DUES)}.`);
        open[b]!.push({ text: `${task[0]!.toUpperCase()}${task.slice(1)}`, owner: owner.initials });
      }
    });
    lines.push('', '5. Any other business', '', 'There was no other business.', '', '6. Date of next meeting', '',
      `The next meeting will be held on ${longDate(following)} at 10:00.`, '');
    const file = join(dir, `minutes-${String(n).padStart(4, '0')}.txt`);
    writeFileSync(file, lines.join('\n'));
    files.push(file);
    dates[b] = following;
  }
  return files;
}

const perSecond = (n: number, ms: number) => n / (ms / 1000);

export async function benchImport(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'oversight-minutes-'));
  try {
    const files = writeMinutes(dir, DOCUMENTS).map((path) => ({ filename: path.slice(dir.length + 1), bytes: new Uint8Array(readFileSync(path)) }));
    let started = performance.now();
    for (const f of files) await extractBytes(f.bytes, f.filename);
    const extraction = perSecond(files.length, performance.now() - started);

    return await onEachDatabase(async (target) => {
      const ctx = systemContext(target.conn.db, 'bench', '2026-06-30');
      const tally = { created: 0, updated: 0, unchanged: 0, failed: 0, reviewed: 0 };
      started = performance.now();
      for (const f of files) {
        const result = await importFile(ctx, f);
        tally[result.status]++;
        tally.reviewed += result.summary?.actions.updated ?? 0;
      }
      const imported = perSecond(files.length, performance.now() - started);
      return [{
        name: `${target.label}: import ${files.length} minutes (${tally.created} created, ${tally.updated} updated, ${tally.failed} failed; ${tally.reviewed} earlier actions updated)`,
        figure: `${imported.toFixed(1)} docs/s`,
        baseline: `${extraction.toFixed(1)} docs/s extraction alone`,
        ratio: `${(imported / extraction).toFixed(2)}×`,
      }];
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  printTable(`Importing ${DOCUMENTS} generated minutes`, await benchImport());
}
