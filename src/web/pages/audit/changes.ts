/** What an audit event changed: the fields whose values differ between before and after, old → new. */
import type { Language } from '../../../domain/bodies.js';
import { formatDate, formatDateTime, type Translate } from '../../../i18n/index.js';

type Plain = string | number | boolean | null;

export interface Change {
  field: string;
  before: Plain;
  after: Plain;
}

// The event's own time says when; a record's updatedAt would only repeat it.
const IGNORED = new Set(['updatedAt']);

/** Records and lists as paths to plain values: { owners: [{ name }] } → owners.0.name. */
function flatten(value: unknown, path: string[] = [], into = new Map<string, Plain>()): Map<string, Plain> {
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    for (const [key, inner] of entries) if (!IGNORED.has(key)) flatten(inner, [...path, key], into);
    if (!entries.length && path.length) into.set(path.join('.'), null);
  } else if (path.length) {
    into.set(path.join('.'), (value ?? null) as Plain);
  }
  return into;
}

/** Only what changed; a record created (or deleted) shows each of its values as new (or gone). */
export function changesOf(before: unknown, after: unknown): Change[] {
  const old = flatten(before);
  const now = flatten(after);
  return [...new Set([...old.keys(), ...now.keys()])]
    .map((field) => ({ field, before: old.get(field) ?? null, after: now.get(field) ?? null }))
    .filter((c) => c.before !== c.after && !(c.before === null && c.after === ''));
}

const humanise = (code: string) => code.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();

/**
 * A field's name in words: translated when the translations know it ("protectiveMarking" →
 * "Protective marking"), else made from the code; list positions count from 1 ("owners.0.name" → "Owners › 1 › name").
 */
export function fieldName(path: string, t?: Translate): string {
  const words = path.split('.').map((part) => {
    if (/^\d+$/.test(part)) return String(Number(part) + 1);
    const key = `audit.fields.${part}`;
    const known = t?.(key);
    return known && known !== key ? known : humanise(part);
  });
  const text = words.join(' › ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// Fields whose values are statuses, shown in words as the rest of the pages show them.
const STATUS_FIELDS = new Set(['status', 'statusFrom', 'statusTo', 'response', 'implementation']);

/** A value as a person reads it, in the page's language. */
export function shownValue(value: Plain, t: Translate, lang: Language, field = ''): string {
  if (value === null || value === '') return t('audit.empty');
  if (typeof value === 'string' && STATUS_FIELDS.has(field.split('.').at(-1) ?? '')) {
    const key = `status.${value}`;
    if (t(key) !== key) return t(key);
  }
  if (typeof value === 'boolean') return t(value ? 'common.yes' : 'common.no');
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return formatDateTime(value, lang);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value, lang);
  return String(value);
}
