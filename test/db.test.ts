import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { schema } from '../src/db/index.js';
import { pgError } from '../src/db/errors.js';
import { describeEachDriver } from './support/db.js';

describeEachDriver('database', (database) => {
  it('migrates and searches with English stemming', async () => {
    const { db } = database();
    const [body] = await db.insert(schema.bodies).values({ name: 'Test Panel', shortName: 'TP', kind: 'panel' }).returning();
    const [meeting] = await db.insert(schema.meetings).values({ bodyId: body!.id, date: '2024-05-01' }).returning();
    await db.insert(schema.minuteParagraphs).values({ meetingId: meeting!.id, position: 1, text: 'The panel circulated the reports.' });
    const rows = await db.execute(sql`select count(*)::int as n from minute_paragraphs where search @@ websearch_to_tsquery('english', 'circulate report')`);
    expect((rows as unknown as { rows: { n: number }[] }).rows[0]!.n).toBe(1);
  });

  it('refuses to change or delete audit events', async () => {
    const { db } = database();
    await db.insert(schema.auditEvents).values({ actor: 'test', event: 'test.event', entityType: 'test' });
    const update = await db.execute(sql`update audit_events set actor = 'someone else'`).catch((e: unknown) => e);
    expect(pgError(update)?.message).toMatch(/append-only/);
    const remove = await db.execute(sql`delete from audit_events`).catch((e: unknown) => e);
    expect(pgError(remove)?.message).toMatch(/append-only/);
  });

  it('refuses an action owner that is nobody', async () => {
    const { db } = database();
    const [body] = await db.insert(schema.bodies).values({ name: 'Other Panel', shortName: 'OP' }).returning();
    const [action] = await db.insert(schema.actions).values({ reference: 'OP/2024-05/1', bodyId: body!.id, text: 'Do it' }).returning();
    await expect(db.insert(schema.actionOwners).values({ actionId: action!.id })).rejects.toThrow();
  });
});

describe('drivers', () => {
  it('runs PostgreSQL as well when TEST_DATABASE_URL is set', async () => {
    const { drivers } = await import('./support/db.js');
    expect(drivers()).toContain('pglite');
    if (process.env.TEST_DATABASE_URL) expect(drivers()).toContain('postgres');
  });
});
