import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { getActionRow } from '../../services/actions/index.js';
import {
  addMeasure, addObjective, addPlanAction, addTask, createPlan, getPlan, listPlans, measureInput, measureUpdate,
  measureValueInput, objectiveInput, planActionInput, planFilter, planInput, planUpdate, recordMeasureValue, taskInput,
  updateMeasure, updateObjective, updatePlan, updatePlanAction,
} from '../../services/plans/index.js';
import { id } from '../../services/schemas.js';

const tags = ['plans'];
const params = z.object({ id });

export const plansApi: FastifyPluginAsyncZod = async (app) => {
  app.get('/plans', { schema: { tags, summary: 'Action plans (internal)', querystring: planFilter } }, async (req) =>
    listPlans(req.ctx, req.query));
  app.post('/plans', { schema: { tags, summary: 'Create an action plan', body: planInput } }, async (req, reply) => {
    const created = await createPlan(req.ctx, req.body);
    return reply.code(201).send(await getPlan(req.ctx, created.id));
  });
  app.get('/plans/:id', { schema: { tags, summary: 'The report card: objectives, plan actions, tasks with RAG, measures with their trend', params } }, async (req) =>
    getPlan(req.ctx, req.params.id));
  app.patch('/plans/:id', { schema: { tags, summary: 'Edit a plan\'s title, outcome or period', params, body: planUpdate } }, async (req) => {
    await updatePlan(req.ctx, req.params.id, req.body);
    return getPlan(req.ctx, req.params.id);
  });
  app.post('/plans/:id/objectives', { schema: { tags, summary: 'Add an objective ("We will…")', params, body: objectiveInput } }, async (req, reply) =>
    reply.code(201).send(await addObjective(req.ctx, req.params.id, req.body)));
  app.patch('/plan-objectives/:id', { schema: { tags, summary: 'Edit an objective', params, body: objectiveInput.partial() } }, async (req) =>
    updateObjective(req.ctx, req.params.id, req.body));
  app.post('/plans/:id/actions', { schema: { tags, summary: 'Add a numbered plan action, under an objective', params, body: planActionInput } }, async (req, reply) =>
    reply.code(201).send(await addPlanAction(req.ctx, req.params.id, req.body)));
  app.patch('/plan-actions/:id', { schema: { tags, summary: 'Edit a plan action', params, body: planActionInput.partial() } }, async (req) =>
    updatePlanAction(req.ctx, req.params.id, req.body));
  app.post('/plan-actions/:id/tasks', { schema: { tags, summary: 'Add a task (an action with lead, target, resources and RAG); update it as any action', params, body: taskInput } }, async (req, reply) => {
    const task = await addTask(req.ctx, req.params.id, req.body);
    return reply.code(201).send(await getActionRow(req.ctx, task.id));
  });
  app.post('/plans/:id/measures', { schema: { tags, summary: 'Add a performance measure', params, body: measureInput } }, async (req, reply) =>
    reply.code(201).send(await addMeasure(req.ctx, req.params.id, req.body)));
  app.patch('/measures/:id', { schema: { tags, summary: 'Edit a measure or its story behind the curve', params, body: measureUpdate } }, async (req) =>
    updateMeasure(req.ctx, req.params.id, req.body));
  app.put('/measures/:id/values', { schema: { tags, summary: 'Record a measure\'s value for a period (replaces the value for the same period end)', params, body: measureValueInput } }, async (req) =>
    recordMeasureValue(req.ctx, req.params.id, req.body));
};
