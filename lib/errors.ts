/**
 * Expected errors: thrown anywhere in lib/, mapped to a status and a user-facing message at the boundary
 * (route handlers, server actions, pages). Anything else is unexpected: logged, answered generically.
 */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** Extra JSON fields sent with the error (e.g. `fields`, `version`). */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class ValidationError extends HttpError {
  constructor(message: string, fields?: Record<string, string>) {
    super(400, message, fields ? { fields } : {});
  }
}

export class UnauthorizedError extends HttpError {
  constructor(message = 'Sign in to continue') {
    super(401, message);
  }
}

/** Used only where existence is not secret (e.g. a role-gated page); owned resources answer 404. */
export class ForbiddenError extends HttpError {
  constructor(message = 'You do not have access to this') {
    super(403, message);
  }
}

export class NotFoundError extends HttpError {
  constructor(message = 'Not found') {
    super(404, message);
  }
}

export class ConflictError extends HttpError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super(409, message, details);
  }
}

export class PayloadTooLargeError extends HttpError {
  constructor(limitBytes: number) {
    super(413, `Request body is larger than ${Math.round(limitBytes / 1024)} KB`);
  }
}

export class RateLimitedError extends HttpError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(429, message, { retryAfterSeconds });
  }
}

export function isExpectedError(error: unknown): error is HttpError {
  return error instanceof HttpError;
}
