/**
 * Reading GOV.UK forms into service input, and service errors into form errors in the
 * page's language. Shared by the bodies and meetings pages.
 */
import type { FastifyRequest } from 'fastify';
import { Conflict, problemsOf } from '../../../services/errors.js';
import type { Translate } from '../../../i18n/index.js';
import { fieldId, formBody, isFormError, sayProblem } from '../forms.js';

export type Form = Record<string, string | string[]>;

export interface PageErrors {
  summary: { text: string; href: string }[];
  byField: Record<string, { text: string; visuallyHiddenText: string }>;
}

export function readForm(request: FastifyRequest): Form {
  return formBody(request);
}

/** A form value, trimmed; '' when missing. */
export function field(form: Form, key: string): string {
  const v = form[key];
  return ((Array.isArray(v) ? v[0] : v) ?? '').trim();
}

/** Blank → undefined: a required value, which the service then reports as missing. */
export function required(form: Form, key: string): string | undefined {
  return field(form, key) || undefined;
}

/** Blank → null: an optional value left empty. */
export function orNull(form: Form, key: string): string | null {
  return field(form, key) || null;
}

/** Every value of a repeated field (checkboxes), blanks left out. */
export function values(form: Form, key: string): string[] {
  const v = form[key];
  return (v === undefined ? [] : [v].flat()).map((s) => s.trim()).filter(Boolean);
}

/**
 * A GOV.UK date input (`name-day`, `name-month`, `name-year`) as YYYY-MM-DD: null when left
 * blank; anything that is not a date goes to the service as is, which says so.
 */
export function dateInput(form: Form, name: string): string | null {
  const [day, month, year] = ['day', 'month', 'year'].map((part) => field(form, `${name}-${part}`)) as [string, string, string];
  if (!day && !month && !year) return null;
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return `${year}-${month}-${day}`;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** The values a GOV.UK date input shows for a stored date. */
export function dateValues(name: string, iso: string | null | undefined): Form {
  if (!iso) return {};
  const [year = '', month = '', day = ''] = iso.slice(0, 10).split('-');
  return { [`${name}-day`]: String(Number(day)), [`${name}-month`]: String(Number(month)), [`${name}-year`]: year };
}

/**
 * A service's InvalidInput or Conflict as errors beside the fields, in the page's language:
 * `<section>.errors.<field>` (indexes dropped: attendees.0.initials → attendees.initials;
 * `…Conflict` for a conflict) when the translations have it, else the service's own words.
 * Any other error is rethrown. Date inputs link to their day box.
 */
export function errorsFor(error: unknown, t: Translate, section: string, dateFields: readonly string[] = []): PageErrors {
  if (!isFormError(error)) throw error;
  const problems = problemsOf(error, 'form');
  const suffix = error instanceof Conflict ? 'Conflict' : '';
  const errors: PageErrors = { summary: [], byField: {} };
  for (const problem of problems) {
    const name = problem.field || 'form';
    if (errors.byField[name]) continue;
    const key = `${section}.errors.${name.replace(/\.\d+(?=\.|$)/g, '')}${suffix}`;
    const translated = t(key);
    const text = translated === key ? sayProblem(t, problem) : translated;
    errors.byField[name] = { text, visuallyHiddenText: t('common.errorPrefix') };
    errors.summary.push({ text, href: `#${fieldId(name)}${dateFields.includes(name) ? '-day' : ''}` });
  }
  return errors;
}
