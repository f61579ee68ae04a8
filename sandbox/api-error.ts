/**
 * Errors the sandbox answers with, in the v1 envelope `{success:false, error:{code, message}}`
 * (docs/stardex-api.md §1.2). Route handlers throw them; the pipeline turns them into responses.
 */

/** An error with an HTTP status and a v1 error code; `extra` is merged into the `error` object. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }

  /** The v1 error envelope for this error. */
  toBody(): { success: false; error: Record<string, unknown> } {
    return { success: false, error: { code: this.code, message: this.message, ...this.extra } };
  }
}

/** 400 VALIDATION_ERROR naming the offending field. */
export function validationError(field: string, problem: string): ApiError {
  return new ApiError(400, 'VALIDATION_ERROR', `${field}: ${problem}`, { field });
}

/** 404 NOT_FOUND. */
export function notFound(message: string): ApiError {
  return new ApiError(404, 'NOT_FOUND', message);
}

/** The documented 401 (docs/stardex-api.md §1.2). */
export function invalidApiKey(): ApiError {
  return new ApiError(401, 'INVALID_API_KEY', 'The provided API key is invalid or expired');
}

const codeByStatus: Record<number, string> = {
  400: 'VALIDATION_ERROR',
  401: 'INVALID_API_KEY',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  429: 'RATE_LIMIT_EXCEEDED',
  500: 'INTERNAL_SERVER_ERROR',
  502: 'BAD_GATEWAY',
  503: 'SERVICE_UNAVAILABLE',
  504: 'GATEWAY_TIMEOUT',
};

/** A plausible v1 error code for a status (used by injected faults). */
export function codeForStatus(status: number): string {
  return codeByStatus[status] ?? `HTTP_${status}`;
}
