// Errors the console shows where they belong: each has a stable code (the server's where it sent one).

export type ErrorCode =
  | 'UNAUTHENTICATED' // no session, or it ended: sign in again
  | 'FORBIDDEN' // the role may not do this
  | 'CSRF'
  | 'NOT_FOUND'
  | 'VALIDATION'
  | 'INVALID_CREDENTIALS'
  | 'INVALID_INVITATION'
  | 'RATE_LIMITED'
  | 'UNAVAILABLE' // the server answered 5xx or could not be reached
  | 'NETWORK'
  | string;

export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly field: string | null;
  readonly retryAfter: number | null; // seconds, for RATE_LIMITED

  constructor(code: ErrorCode, message: string, opts: { status?: number; field?: string | null; retryAfter?: number | null } = {}) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = opts.status ?? 0;
    this.field = opts.field ?? null;
    this.retryAfter = opts.retryAfter ?? null;
  }
}

export function isApiError(e: unknown, code?: ErrorCode): e is ApiError {
  return e instanceof ApiError && (code === undefined || e.code === code);
}

const STATUS_CODES: Record<number, ErrorCode> = { 401: 'UNAUTHENTICATED', 403: 'FORBIDDEN', 404: 'NOT_FOUND', 413: 'VALIDATION', 429: 'RATE_LIMITED' };

/** The error of a non-2xx answer: the body's `error` code when it is JSON of the auth contract. */
export async function errorOf(response: Response): Promise<ApiError> {
  let body: { error?: unknown; message?: unknown; field?: unknown } = {};
  try {
    body = await response.json();
  } catch {
    // not JSON: the status says enough
  }
  const retry = Number(response.headers.get('retry-after'));
  const code = typeof body.error === 'string' ? body.error
    : STATUS_CODES[response.status] ?? (response.status >= 500 ? 'UNAVAILABLE' : 'HTTP_' + response.status);
  return new ApiError(code, typeof body.message === 'string' ? body.message : response.statusText, {
    status: response.status,
    field: typeof body.field === 'string' ? body.field : null,
    retryAfter: Number.isFinite(retry) && retry > 0 ? retry : null,
  });
}

export function networkError(e: unknown): ApiError {
  return new ApiError('NETWORK', e instanceof Error ? e.message : String(e));
}
