/** Checks shared by the bodies, meetings and public page tests. */
import { expect } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';

/** The page's visible words: no tags, no attributes (URLs and ids are not words on the page). */
export function wordsOf(html: string): string {
  const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
  return html.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<[^>]+>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39);/g, (e) => entities[e] ?? e).replace(/\s+/g, ' ');
}

const OUR_SECTIONS = [
  'bodies', 'meetings', 'meeting', 'attendance', 'agenda', 'minutes', 'decisionForm', 'declarationForm', 'meetingAction',
  'prepare', 'publicPages', 'common', 'status', 'action', 'body', 'nav', 'due',
];
const KEY = new RegExp(`\\b(${OUR_SECTIONS.join('|')})\\.[a-zA-Z][\\w.]*`, 'g');

/** A Welsh page: lang="cy", and no translation key showing in place of words. */
export function expectWelsh(res: LightMyRequestResponse): void {
  expect(res.statusCode, res.body.slice(0, 400)).toBe(200);
  expect(res.body).toContain('<html lang="cy"');
  expect(wordsOf(res.body).match(KEY) ?? []).toEqual([]);
}

/** A form re-rendered with its error summary linking to the field. */
export function expectFormError(res: LightMyRequestResponse, fieldId: string): void {
  expect(res.statusCode).toBe(400);
  expect(res.body).toContain('govuk-error-summary');
  expect(res.body).toContain(`href="#${fieldId}"`);
  expect(res.body).toContain(`id="${fieldId}"`);
}

/** The id in the Location of a redirect such as /meetings/12#agenda. */
export function idFromLocation(res: LightMyRequestResponse, prefix: string): number {
  expect(res.statusCode, res.body.slice(0, 400)).toBe(303);
  const match = new RegExp(`^${prefix}(\\d+)`).exec(String(res.headers.location));
  expect(match, String(res.headers.location)).not.toBeNull();
  return Number(match![1]);
}
