import { describe, expect, it } from 'vitest';
import { PUBLIC } from '../../src/domain/access.js';
import { postUpdate } from '../../src/services/actions/index.js';
import { Forbidden, InvalidInput, NotFound } from '../../src/services/errors.js';
import {
  addMeasure, addObjective, addPlanAction, addTask, createPlan, getPlan, listPlans, recordMeasureValue, trendOf,
  updateMeasure, updatePlan,
} from '../../src/services/plans/index.js';
import { describeEachDriver } from '../support/db.js';
import { auditCount, auditEventsOf, buildWorld, contextAs, viewerRole } from '../support/world.js';

describe('trendOf', () => {
  it('judges the latest value against the one before, by which direction is better', () => {
    expect(trendOf([10, 8], 'down', null)).toBe('improving');
    expect(trendOf([10, 12], 'down', null)).toBe('worsening');
    expect(trendOf([5, 9, 12], 'up', null)).toBe('improving');
    expect(trendOf([7, 7], 'up', null)).toBe('steady');
    expect(trendOf([12], 'up', 10)).toBe('improving');
    expect(trendOf([12], 'up', null)).toBeNull();
    expect(trendOf([], 'down', 3)).toBeNull();
  });
});

describeEachDriver('action plans', (database) => {
  it('builds a report card: objectives, plan actions, tasks with RAG, measures with values and trend', async () => {
    const w = await buildWorld(database().db);
    const db = database().db;
    const plan = await createPlan(w.ctx, { bodyId: w.group.id, title: 'Reducing reoffending', outcome: 'Fewer people reoffend', period: '2024–2026' });
    const objective = await addObjective(w.ctx, plan.id, { number: '1', text: 'We will give people leaving custody somewhere to live.' });
    const second = await addObjective(w.ctx, plan.id, { number: '2', text: 'We will share data between partners.' });
    expect(second.position).toBe(objective.position + 1);
    const housing = await addPlanAction(w.ctx, plan.id, { objectiveId: objective.id, number: '1.1', text: 'Agree a housing protocol' });
    const loose = await addPlanAction(w.ctx, plan.id, { number: '9', text: 'Review the plan' });
    const late = await addTask(w.ctx, housing.id, { text: 'Draft the protocol', owners: [{ personId: w.officer.id }], dueDate: '2024-05-01', resources: 'Officer time' });
    const soon = await addTask(w.ctx, housing.id, { text: 'Consult landlords', dueDate: '2024-07-01' });
    const flagged = await addTask(w.ctx, housing.id, { text: 'Find funding', dueText: 'Summer 2024', ownerRag: 'amber' });
    await postUpdate(w.ctx, soon.id, { text: 'Consultation done', status: 'completed' });
    expect(late.bodyId).toBe(w.group.id);
    expect(late.planActionId).toBe(housing.id);

    const measure = await addMeasure(w.ctx, plan.id, { name: 'Proven reoffending rate', unit: '%', betterDirection: 'down', baseline: 28.4, baselineLabel: '2022/23' });
    await recordMeasureValue(w.ctx, measure.id, { period: '2024 Q1', periodEnd: '2024-03-31', value: 27.0 });
    await recordMeasureValue(w.ctx, measure.id, { period: '2023 Q4', periodEnd: '2023-12-31', value: 26.0 });
    const rising = await addMeasure(w.ctx, plan.id, { name: 'People housed on release', betterDirection: 'up' });
    await recordMeasureValue(w.ctx, rising.id, { period: '2024 Q1', periodEnd: '2024-03-31', value: 40 });

    const card = await getPlan(w.ctx, plan.id);
    expect(card).toMatchObject({ title: 'Reducing reoffending', bodyShortName: w.group.shortName });
    expect(card.objectives.map((o) => o.number)).toEqual(['1', '2']);
    const tasks = card.objectives[0]!.actions[0]!.tasks;
    expect(tasks.map((t) => [t.id, t.rag])).toEqual([[late.id, 'red'], [soon.id, 'green'], [flagged.id, 'amber']]);
    expect(tasks[0]).toMatchObject({ resources: 'Officer time', owners: [{ name: 'Morgan Pryce' }], dueState: 'overdue' });
    expect(card.otherActions.map((a) => a.id)).toEqual([loose.id]);
    expect(card.rag).toEqual({ red: 1, amber: 1, green: 1 });
    const [reoffending, housed] = card.measures;
    expect(reoffending!.values.map((v) => v.period)).toEqual(['2023 Q4', '2024 Q1']);
    expect(reoffending!.trend).toBe('worsening');
    expect(housed!.trend).toBeNull();

    await recordMeasureValue(w.ctx, measure.id, { period: '2024 Q1 (revised)', periodEnd: '2024-03-31', value: 25.5 });
    const revised = (await getPlan(w.ctx, plan.id)).measures[0]!;
    expect(revised.values.map((v) => v.value)).toEqual([26, 25.5]);
    expect(revised.trend).toBe('improving');
    expect(revised.latest?.period).toBe('2024 Q1 (revised)');
    expect(await auditEventsOf(db, 'measure', measure.id)).toEqual(['measure.create', 'measure.value', 'measure.value', 'measure.value']);
    expect(await auditEventsOf(db, 'action', late.id)).toEqual(['action.create']);
    expect(await auditEventsOf(db, 'actionPlan', plan.id)).toEqual(['plan.create']);
  });

  it('keeps plans internal, and writes to those who may edit plans', async () => {
    const w = await buildWorld(database().db);
    const db = database().db;
    const plan = await createPlan(w.ctx, { bodyId: w.group.id, title: 'Victims plan' });
    await expect(getPlan(contextAs(db, PUBLIC), plan.id)).rejects.toBeInstanceOf(Forbidden);
    await expect(listPlans(contextAs(db, PUBLIC))).rejects.toBeInstanceOf(Forbidden);
    const viewer = contextAs(db, viewerRole('viewer'));
    expect((await getPlan(viewer, plan.id)).title).toBe('Victims plan');
    expect((await listPlans(viewer, { bodyId: w.group.id })).items.map((p) => p.id)).toEqual([plan.id]);
    await expect(updatePlan(viewer, plan.id, { title: 'Mine now' })).rejects.toBeInstanceOf(Forbidden);
    await expect(addObjective(viewer, plan.id, { text: 'We will…' })).rejects.toBeInstanceOf(Forbidden);
  });

  it('refuses bad input naming the field, and changes nothing', async () => {
    const w = await buildWorld(database().db);
    const db = database().db;
    const plan = await createPlan(w.ctx, { bodyId: w.group.id, title: 'Plan A' });
    const other = await createPlan(w.ctx, { bodyId: w.group.id, title: 'Plan B' });
    const foreign = await addObjective(w.ctx, other.id, { text: 'We will do B.' });
    const events = await auditCount(db);
    await expect(createPlan(w.ctx, { bodyId: 424242, title: 'X' })).rejects.toThrow(/bodyId: There is no body/);
    await expect(addPlanAction(w.ctx, plan.id, { objectiveId: foreign.id, text: 'Wrong plan' })).rejects.toThrow(/objectiveId/);
    await expect(addObjective(w.ctx, 424242, { text: 'x' })).rejects.toBeInstanceOf(NotFound);
    await expect(addTask(w.ctx, 424242, { text: 'x' })).rejects.toBeInstanceOf(NotFound);
    await expect(updatePlan(w.ctx, plan.id, { title: 'x'.repeat(301) })).rejects.toThrow(/title: Enter 300 characters or fewer/);
    const measure = await addMeasure(w.ctx, plan.id, { name: 'Satisfaction' });
    const afterMeasure = await auditCount(db);
    await expect(recordMeasureValue(w.ctx, measure.id, { period: 'Q1', periodEnd: '2024-02-30', value: 1 })).rejects.toThrow(/periodEnd/);
    await expect(recordMeasureValue(w.ctx, measure.id, { period: 'Q1', periodEnd: '2024-03-31', value: 'high' as unknown as number })).rejects.toBeInstanceOf(InvalidInput);
    await expect(updateMeasure(w.ctx, measure.id, { betterDirection: 'sideways' as 'up' })).rejects.toThrow(/betterDirection/);
    expect(await auditCount(db)).toBe(afterMeasure);
    expect(afterMeasure).toBe(events + 1);
    expect((await getPlan(w.ctx, plan.id)).otherActions).toEqual([]);
  });
});
