import type { z } from 'zod';
import { InvalidInput, say, problem } from './errors.js';

/** Parses input with a zod schema; problems name their field (under `prefix` for one of a list). */
export function parse<S extends z.ZodType>(schema: S, input: unknown, prefix?: string): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new InvalidInput(
    result.error.issues.map((issue) => ({ field: [prefix, ...issue.path.map(String)].filter(Boolean).join('.'), message: issue.message })),
  );
}

/** Parses the fields of an edit; an edit that changes nothing is refused rather than logged. */
export function parseChanges<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const data = parse(schema, input);
  if (!Object.values(data as Record<string, unknown>).some((v) => v !== undefined)) {
    throw new InvalidInput([problem('', say('nothingToChange'))]);
  }
  return data;
}
