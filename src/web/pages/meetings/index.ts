/** The meetings pages: the list, a meeting, the secretariat's forms, and preparing the next meeting. */
import type { FastifyInstance } from 'fastify';
import { attendancePages } from './attendance.js';
import { meetingListPages } from './list.js';
import { meetingPages } from './meeting.js';
import { preparePages } from './prepare.js';
import { raiseActionPages } from './raiseAction.js';
import { recordPages } from './record.js';

export async function meetingsPages(app: FastifyInstance): Promise<void> {
  for (const area of [meetingListPages, meetingPages, attendancePages, recordPages, raiseActionPages, preparePages]) await app.register(area);
}
