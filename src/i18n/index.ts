/**
 * English and Welsh: one translation file per language, nested keys, `{name}` placeholders,
 * for the pages and for everything Oversight sends. A test checks that both files have every key.
 */
import { readFileSync } from 'node:fs';
import type { Language } from '../domain/bodies.js';

type Messages = { [key: string]: string | Messages };

const load = (lang: Language): Messages =>
  JSON.parse(readFileSync(new URL(`./${lang}.json`, import.meta.url), 'utf8')) as Messages;

export const MESSAGES: Record<Language, Messages> = { en: load('en'), cy: load('cy') };

function lookup(messages: Messages, key: string): string | undefined {
  let node: string | Messages | undefined = messages;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

export type Translate = (key: string, params?: Record<string, string | number | null | undefined>) => string;

/** A translator for a language; a missing key shows as the key itself, so it is noticed. */
export function translator(lang: Language): Translate {
  return (key, params) => {
    const text = lookup(MESSAGES[lang], key) ?? lookup(MESSAGES.en, key) ?? key;
    return params ? text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? '')) : text;
  };
}

/** Every key of a messages tree, dotted: for the test that both languages are complete. */
export function keysOf(messages: Messages, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([k, v]) => (typeof v === 'string' ? [prefix + k] : keysOf(v, `${prefix}${k}.`)));
}

const MONTHS: Record<Language, string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  cy: ['Ionawr', 'Chwefror', 'Mawrth', 'Ebrill', 'Mai', 'Mehefin', 'Gorffennaf', 'Awst', 'Medi', 'Hydref', 'Tachwedd', 'Rhagfyr'],
};

/** "13 March 2019" / "13 Mawrth 2019", from an ISO date or a Date. */
export function formatDate(value: string | Date | null | undefined, lang: Language): string {
  if (!value) return '';
  const iso = typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) return String(value);
  return `${d} ${MONTHS[lang][m - 1]} ${y}`;
}

export function formatDateTime(value: Date | string | null | undefined, lang: Language): string {
  if (!value) return '';
  const d = typeof value === 'string' ? new Date(value) : value;
  const time = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit' }).format(d);
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(d);
  return `${formatDate(day, lang)}, ${time}`;
}
