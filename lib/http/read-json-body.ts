import { PayloadTooLargeError, ValidationError } from '@/lib/errors';

export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;

/**
 * Reads a request body as JSON, refusing bodies over `maxBytes` without buffering them whole.
 * Throws PayloadTooLargeError (413) or ValidationError (400) for a body that is not JSON.
 */
export async function readJsonBody(req: Request, maxBytes = DEFAULT_MAX_BODY_BYTES): Promise<unknown> {
  const declared = Number(req.headers.get('content-length') ?? '0');
  if (declared > maxBytes) throw new PayloadTooLargeError(maxBytes);
  if (!req.body) throw new ValidationError('Request body must be JSON');

  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel();
      throw new PayloadTooLargeError(maxBytes);
    }
    chunks.push(value);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') throw new ValidationError('Request body must be JSON');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ValidationError('Request body is not valid JSON');
  }
}
