/** The action log, an action's page with its update form, and the secretariat's edit and escalate forms. */
import type { FastifyInstance } from 'fastify';
import { actionPages } from './action.js';
import { editActionPages } from './edit.js';
import { escalateActionPages } from './escalate.js';
import { actionLogPages } from './log.js';

export async function actionsPages(app: FastifyInstance): Promise<void> {
  for (const area of [actionLogPages, actionPages, editActionPages, escalateActionPages]) await app.register(area);
}
