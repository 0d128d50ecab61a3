/**
 * The themes the demo's bodies discuss, each with its own vocabulary, so that minutes,
 * actions and papers read differently from one topic to the next and search finds them.
 *
 * Templates may use {n} (a small count), {big} (a larger count), {pct} (a percentage),
 * {town}, {period}, {partner} (a partner organisation), {council}, {health} (the health board)
 * and {month} (a month and year).
 */
import type { PersonKey } from '../roster.js';
import { PROTECTION_TOPICS } from './protection.js';
import { POLICING_TOPICS } from './policing.js';
import { COMMUNITY_TOPICS } from './community.js';
import { CORPORATE_TOPICS } from './corporate.js';

export interface Topic {
  key: string;
  /** As it reads in a sentence: "stop and search". */
  name: string;
  itemTitles: readonly string[];
  /** Officers who would present it. */
  leads: readonly PersonKey[];
  /** What a report showed: clauses after "the report showed that". */
  facts: readonly string[];
  /** What members asked: clauses after "asked whether" / "asked how". */
  questions: readonly string[];
  /** What officers answered: clauses after "explained that". */
  answers: readonly string[];
  /** What worried members: noun phrases after "concern about". */
  concerns: readonly string[];
  /** What someone will do: verb phrases after "to". */
  actions: readonly string[];
  /** After "RESOLVED that". */
  resolutions: readonly string[];
  /** A member's challenge or suggestion, and what changed. */
  challenges: readonly string[];
  outcomes: readonly string[];
}

export const TOPICS: readonly Topic[] = [...PROTECTION_TOPICS, ...POLICING_TOPICS, ...COMMUNITY_TOPICS, ...CORPORATE_TOPICS];

export function topicByKey(key: string): Topic {
  const topic = TOPICS.find((t) => t.key === key);
  if (!topic) throw new Error(`no demo topic "${key}"`);
  return topic;
}
