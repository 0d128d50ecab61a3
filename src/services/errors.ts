import { translator } from '../i18n/index.js';

/**
 * Errors a person can act on. The API turns them into JSON with the status below; pages
 * show them beside the field they name.
 */
export abstract class ServiceError extends Error {
  abstract readonly status: number;
  /** Where the message has one, its key in the translations, so pages can say it in the reader's language. */
  key?: string;
  params?: Record<string, string | number>;
}

/** An error message said through the translations: English for the API and logs, any language for pages. */
export function said<E extends ServiceError>(error: E, key: string, params?: Record<string, string | number>): E {
  error.key = key;
  error.params = params;
  return error;
}

const ENGLISH = translator('en');

export interface FieldProblem {
  /** The field, as a dotted path: "owners.0.personId". */
  field: string;
  message: string;
}

export class InvalidInput extends ServiceError {
  readonly status = 400;
  constructor(readonly problems: FieldProblem[]) {
    super(problems.map((p) => (p.field ? `${p.field}: ${p.message}` : p.message)).join('; '));
    this.name = 'InvalidInput';
  }
  static field(field: string, message: string): InvalidInput {
    return new InvalidInput([{ field, message }]);
  }
}

export class NotFound extends ServiceError {
  readonly status = 404;
  constructor(what: string, id: number | string) {
    super(`There is no ${what} ${typeof id === 'number' ? `with id ${id}` : `"${id}"`}.`);
    this.name = 'NotFound';
  }
}

export class Forbidden extends ServiceError {
  readonly status = 403;
  constructor(message = ENGLISH('problems.forbidden')) {
    super(message);
    this.name = 'Forbidden';
  }
  /** A refusal in the translations' words: `problems.<reason>`. */
  static because(reason: string): Forbidden {
    return said(new Forbidden(ENGLISH(`problems.${reason}`)), `problems.${reason}`);
  }
}

/** The request is well formed but the record's state does not allow it (a status change, a duplicate). */
export class Conflict extends ServiceError {
  readonly status = 409;
  constructor(message: string, readonly field?: string) {
    super(message);
    this.name = 'Conflict';
  }
}
