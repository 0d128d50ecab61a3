import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  addAgendaItem, addDecision, addDeclaration, addMinute, agendaItemInput, attendanceInput, decisionInput, declarationInput,
  getMeeting, listMeetings, meetingFilter, meetingInput, meetingStatusInput, meetingUpdate, minuteInput, recordAttendance,
  scheduleMeeting, setMeetingStatus, updateAgendaItem, updateMeeting, updateMinute,
} from '../../services/meetings/index.js';
import { id } from '../../services/schemas.js';

const tags = ['meetings'];
const params = z.object({ id });

export const meetingsApi: FastifyPluginAsyncZod = async (app) => {
  app.get('/meetings', { schema: { tags, summary: 'List meetings (the public sees published ones)', querystring: meetingFilter } }, async (req) =>
    listMeetings(req.ctx, req.query));
  app.post('/meetings', { schema: { tags, summary: 'Schedule a meeting', body: meetingInput } }, async (req, reply) =>
    reply.code(201).send(await scheduleMeeting(req.ctx, req.body)));
  app.get('/meetings/:id', { schema: { tags, summary: 'A meeting: attendance, agenda, minutes, decisions, declarations and actions', params } }, async (req) =>
    getMeeting(req.ctx, req.params.id));
  app.patch('/meetings/:id', { schema: { tags, summary: 'Edit a meeting', params, body: meetingUpdate } }, async (req) =>
    updateMeeting(req.ctx, req.params.id, req.body));
  app.post('/meetings/:id/status', { schema: { tags, summary: 'Move a meeting on: held, minutes drafted, approved, published, cancelled', params, body: meetingStatusInput } }, async (req) =>
    setMeetingStatus(req.ctx, req.params.id, req.body));
  app.put('/meetings/:id/attendance', { schema: { tags, summary: 'Record attendance and apologies (replaces the list)', params, body: attendanceInput } }, async (req) =>
    ({ items: await recordAttendance(req.ctx, req.params.id, req.body) }));
  app.post('/meetings/:id/items', { schema: { tags, summary: 'Add an agenda item', params, body: agendaItemInput } }, async (req, reply) =>
    reply.code(201).send(await addAgendaItem(req.ctx, req.params.id, req.body)));
  app.patch('/agenda-items/:id', { schema: { tags, summary: 'Edit an agenda item', params, body: agendaItemInput.partial() } }, async (req) =>
    updateAgendaItem(req.ctx, req.params.id, req.body));
  app.post('/meetings/:id/minutes', { schema: { tags, summary: 'Add a paragraph of minutes', params, body: minuteInput } }, async (req, reply) =>
    reply.code(201).send(await addMinute(req.ctx, req.params.id, req.body)));
  app.patch('/minutes/:id', { schema: { tags, summary: 'Edit a paragraph of minutes', params, body: minuteInput.partial() } }, async (req) =>
    updateMinute(req.ctx, req.params.id, req.body));
  app.post('/meetings/:id/declarations', { schema: { tags, summary: 'Record a declaration of interest', params, body: declarationInput } }, async (req, reply) =>
    reply.code(201).send(await addDeclaration(req.ctx, req.params.id, req.body)));
  app.post('/meetings/:id/decisions', { schema: { tags, summary: 'Record a decision or resolution', params, body: decisionInput } }, async (req, reply) =>
    reply.code(201).send(await addDecision(req.ctx, req.params.id, req.body)));
};
