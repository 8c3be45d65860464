import type { z } from 'zod';

/** Turns zod issues into `{ "field.path": "message" }`, first message per field. */
export function zodFields(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.join('.') : '(body)';
    fields[key] ??= issue.message;
  }
  return fields;
}

/** One readable sentence naming the offending fields, for `{ error }`. */
export function describeInvalid(fields: Record<string, string>): string {
  const names = Object.keys(fields);
  return `Invalid ${names.slice(0, 5).join(', ')}${names.length > 5 ? ` and ${names.length - 5} more` : ''}: ${Object.values(fields)[0]}`;
}
