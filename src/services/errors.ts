/**
 * Errors a person can act on. The API turns them into JSON with the status below; pages
 * show them beside the field they name.
 */
export abstract class ServiceError extends Error {
  abstract readonly status: number;
}

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
  constructor(message = 'You do not have permission to do that.') {
    super(message);
    this.name = 'Forbidden';
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
