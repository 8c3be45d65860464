import { unstable_rethrow } from 'next/navigation';
import type { z } from 'zod';
import { getCurrentUser, requireUser, type CurrentUser } from '@/lib/auth/session';
import { isExpectedError } from '@/lib/errors';
import { zodFields } from './zod-fields';

/** What a form's server action answers, shown by the form (useActionState). */
export interface FormState {
  error?: string;
  fields?: Record<string, string>;
  message?: string;
  /** What the user typed (never passwords), so a form re-rendered after an error keeps it. */
  values?: Record<string, string>;
}

/** String fields of a submitted form, without secrets. */
function echoValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData) {
    if (typeof value === 'string' && !/password|token|secret/i.test(key) && !key.startsWith('$')) values[key] = value;
  }
  return values;
}

type UserFor<A> = A extends 'public' ? CurrentUser | null : CurrentUser;

/**
 * The one wrapper for form server actions, mirroring apiRoute: authenticate, validate the form with zod,
 * run, and turn expected errors into a message (unexpected ones are logged; the user sees a generic one).
 * Next's own control flow (redirect, notFound) passes through.
 */
export function formAction<A extends 'public' | 'user', S extends z.ZodType>(
  options: { auth: A; schema: S },
  handler: (input: z.output<S>, user: UserFor<A>) => Promise<FormState | void>,
) {
  return async (_previous: FormState, formData: FormData): Promise<FormState> => {
    try {
      const user = (options.auth === 'public' ? await getCurrentUser() : await requireUser()) as UserFor<A>;
      const parsed = options.schema.safeParse(Object.fromEntries(formData));
      if (!parsed.success) {
        return { error: 'Please correct the highlighted fields.', fields: zodFields(parsed.error), values: echoValues(formData) };
      }
      const state = (await handler(parsed.data, user)) ?? {};
      return state.error ? { ...state, values: echoValues(formData) } : state;
    } catch (error) {
      unstable_rethrow(error);
      if (isExpectedError(error)) {
        const fields = error.details.fields as Record<string, string> | undefined;
        return { error: error.message, ...(fields ? { fields } : {}), values: echoValues(formData) };
      }
      console.error('[action] unexpected error', error);
      return { error: 'Something went wrong on our side. Please try again.', values: echoValues(formData) };
    }
  };
}
