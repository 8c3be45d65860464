import { isExpectedError } from '@/lib/errors';

/** Maps a thrown error to the JSON error shape `{ error, fields? }`; never leaks a stack trace. */
export function errorResponse(error: unknown): Response {
  if (isExpectedError(error)) {
    const headers: Record<string, string> = {};
    if (typeof error.details.retryAfterSeconds === 'number') {
      headers['Retry-After'] = String(error.details.retryAfterSeconds);
    }
    return Response.json({ error: error.message, ...error.details }, { status: error.status, headers });
  }
  console.error('[api] unexpected error', error);
  return Response.json({ error: 'Something went wrong on our side. Please try again.' }, { status: 500 });
}
