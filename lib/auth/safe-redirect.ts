/** A same-site path to return to after sign-in; anything else (absolute URLs, `//host`) falls back. */
export function safeCallbackPath(value: unknown, fallback = '/problems'): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
  return value;
}
