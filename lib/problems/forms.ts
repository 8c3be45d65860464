import { z } from 'zod';
import { SESSION_DURATIONS } from '@/lib/sessions/schema';

const problemSlug = z.string().trim().min(1).max(100);

/** Blank select values mean "not chosen". */
const blankToUndefined = (value: unknown) => (value === '' || value === null ? undefined : value);

/** The Start practice form on a problem page (FormData values are strings). */
export const startPracticeFormSchema = z.object({
  problemSlug,
  mode: z.enum(['timed', 'untimed'], { error: 'Choose timed or untimed' }),
  durationMinutes: z.preprocess(
    blankToUndefined,
    z.coerce
      .number()
      .int()
      .refine((m) => (SESSION_DURATIONS as readonly number[]).includes(m), 'Choose 30, 45 or 60 minutes')
      .optional(),
  ),
});
export type StartPracticeFormInput = z.infer<typeof startPracticeFormSchema>;

/** The reveal form: the button sits under the spoiler warning, and pressing it is the confirmation. */
export const revealSolutionFormSchema = z.object({
  problemSlug,
  confirmed: z.literal('yes', { error: 'Confirm that you want to see the reference first' }),
});
export type RevealSolutionFormInput = z.infer<typeof revealSolutionFormSchema>;

/** The suggested clock for a problem: its own time when offered, else the nearest offered duration. */
export function defaultDurationFor(timeMinutes: number): (typeof SESSION_DURATIONS)[number] {
  return [...SESSION_DURATIONS].sort((a, b) => Math.abs(a - timeMinutes) - Math.abs(b - timeMinutes))[0] ?? 45;
}
