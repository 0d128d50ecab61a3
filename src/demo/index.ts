/**
 * Demo data: Oversight's own fictional force areas, with two years of meetings, minutes,
 * actions, recommendations, a plan, escalations and papers. Deterministic for a seed and an
 * anchor date; --scale N adds N areas' worth (N = 100 gives thousands of meetings).
 */
import { count } from 'drizzle-orm';
import type { Database } from '../db/connection.js';
import { schema } from '../db/index.js';
import { isIsoDate, ukDate, type IsoDate } from '../domain/dates.js';
import { hashPassword } from '../services/users/passwords.js';
import type { Area } from './area.js';
import { generateArea } from './generate.js';
import { idBases, insertRows, resetSequences } from './insert.js';
import { emptyRows, Ids, TABLE_KEYS, type TableKey } from './store.js';
import { DEMO_PASSWORD, demoUsers } from './users.js';

export { DEMO_PASSWORD, DEMO_USERS } from './users.js';
export { EXEMPT_CODENAMES } from './exempt.js';

export const DEFAULT_SEED = 2026;

export interface DemoOptions {
  /** How many areas' worth of data (default 1). */
  scale?: number;
  seed?: number;
  /** "Today" for the demo: meetings run for two years up to it (default: today in the UK). */
  anchor?: IsoDate;
  onProgress?: (done: number, total: number, label: string) => void;
}

export interface DemoSummary {
  seed: number;
  scale: number;
  anchor: IsoDate;
  /** The fictional force areas, first one first. */
  areas: string[];
  /** Rows added, per table. */
  counts: Record<TableKey | 'users' | 'auditEvents', number>;
  meetings: number;
  actions: number;
  users: { email: string; role: string }[];
  password: string;
}

export class DemoRefused extends Error {}

function checkOptions(options: DemoOptions): { scale: number; seed: number; anchor: IsoDate } {
  const scale = options.scale ?? 1;
  const seed = options.seed ?? DEFAULT_SEED;
  const anchor = options.anchor ?? ukDate();
  if (!Number.isInteger(scale) || scale < 1 || scale > 1000) throw new RangeError(`scale must be a whole number from 1 to 1000, not ${scale}.`);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new RangeError(`seed must be a whole number from 0 to 4294967295, not ${seed}.`);
  if (!isIsoDate(anchor)) throw new RangeError(`anchor must be a date written YYYY-MM-DD, not "${anchor}".`);
  return { scale, seed, anchor };
}

/** Fills an empty database with the demo; refuses one that already has bodies in it. */
export async function generateDemo(db: Database, options: DemoOptions = {}): Promise<DemoSummary> {
  const { scale, seed, anchor } = checkOptions(options);
  const progress = options.onProgress ?? (() => undefined);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const total = scale * TABLE_KEYS.length + 1;
  let done = 0;

  return db.transaction(async (tx) => {
    const [existing] = await tx.select({ n: count() }).from(schema.bodies);
    if (existing!.n > 0) {
      throw new DemoRefused(`The database already has ${existing!.n} bodies: demo data only goes into an empty database. Point OVERSIGHT_DATA_DIR (or DATABASE_URL) at a new one.`);
    }
    const ids = new Ids(await idBases(tx));
    const counts = Object.fromEntries([...TABLE_KEYS, 'users', 'auditEvents'].map((k) => [k, 0])) as DemoSummary['counts'];
    const areas: string[] = [];
    let first: { area: Area; owners: Map<number, number> } | null = null;

    for (let k = 1; k <= scale; k++) {
      const rows = emptyRows();
      const area = generateArea(k, seed, anchor, ids, rows);
      areas.push(area.names.name);
      if (k === 1) {
        const owners = new Map<number, number>();
        for (const o of rows.actionOwners) if (o.personId) owners.set(o.personId, (owners.get(o.personId) ?? 0) + 1);
        first = { area, owners };
      }
      await insertRows(tx, rows, (key, n) => {
        counts[key] += n;
        progress(++done, total, `${area.names.name}: ${key}`);
      });
    }

    const users = demoUsers(first!.area, first!.owners, passwordHash);
    const added = await tx.insert(schema.users).values(users).onConflictDoNothing().returning({ id: schema.users.id });
    counts.users = added.length;
    counts.auditEvents = 1;
    await tx.insert(schema.auditEvents).values({
      actor: 'demo', event: 'demo.load', entityType: 'demo', entityId: null,
      after: { seed, scale, anchor, areas: areas.slice(0, 10), counts },
    });
    await resetSequences(tx);
    progress(++done, total, 'users and audit');
    return {
      seed, scale, anchor, areas, counts, meetings: counts.meetings, actions: counts.actions,
      users: users.map((u) => ({ email: u.email, role: u.role })), password: DEMO_PASSWORD,
    };
  });
}
