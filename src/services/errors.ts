import { translator } from '../i18n/index.js';

type Params = Record<string, string | number>;

/** Words said through the translations: a key (`problems.…`) and its values. */
export interface Said {
  key: string;
  params?: Params;
}

/** What an error says: words from the translations, or, where they come from elsewhere (a page, a file), the words themselves. */
export type Words = string | Said;

/** The service's own words for a problem: `problems.<key>` in the translations. */
export const say = (key: string, params?: Params): Said => ({ key: `problems.${key}`, params });

const ENGLISH = translator('en');
const inEnglish = (words: Words): string => (typeof words === 'string' ? words : ENGLISH(words.key, words.params));
const saidOf = (words: Words): Partial<Said> => (typeof words === 'string' ? {} : words);

/**
 * Errors a person can act on. The API turns them into JSON with the status below, in
 * English; pages show them beside the field they name, in the page's language where the
 * error was said through the translations.
 */
export abstract class ServiceError extends Error {
  abstract readonly status: number;
  readonly key?: string;
  readonly params?: Params;
  constructor(words: Words) {
    super(inEnglish(words));
    Object.assign(this, saidOf(words));
  }
  /** What the error says, for another error (or a page) to say again. */
  get words(): Words {
    return this.key ? { key: this.key, params: this.params } : this.message;
  }
}

export interface FieldProblem extends Partial<Said> {
  /** The field, as a dotted path: "owners.0.personId". */
  field: string;
  /** In English, or in the words given. */
  message: string;
}

export class InvalidInput extends ServiceError {
  readonly status = 400;
  constructor(readonly problems: FieldProblem[]) {
    super(problems.map((p) => (p.field ? `${p.field}: ${p.message}` : p.message)).join('; '));
    this.name = 'InvalidInput';
  }
  static field(field: string, words: Words): InvalidInput {
    return new InvalidInput([problem(field, words)]);
  }
}

export const problem = (field: string, words: Words): FieldProblem => ({ field, message: inEnglish(words), ...saidOf(words) });

export class NotFound extends ServiceError {
  readonly status = 404;
  constructor(what: string, id: number | string) {
    super(`There is no ${what} ${typeof id === 'number' ? `with id ${id}` : `"${id}"`}.`);
    this.name = 'NotFound';
  }
}

export class Forbidden extends ServiceError {
  readonly status = 403;
  constructor(words: Words = say('forbidden')) {
    super(words);
    this.name = 'Forbidden';
  }
}

/** The request is well formed but the record's state does not allow it (a status change, a duplicate). */
export class Conflict extends ServiceError {
  readonly status = 409;
  constructor(words: Words, readonly field?: string) {
    super(words);
    this.name = 'Conflict';
  }
}

/** The problems a form shows for an error: each of invalid input's, or a conflict's one (on its field, else `otherwise`). */
export function problemsOf(error: InvalidInput | Conflict, otherwise: string): FieldProblem[] {
  return error instanceof InvalidInput ? error.problems : [problem(error.field ?? otherwise, error.words)];
}
