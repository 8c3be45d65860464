'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { recordProblemReveal } from '@/lib/db/problem-reveals';
import { createSession } from '@/lib/db/sessions';
import { NotFoundError } from '@/lib/errors';
import { formAction } from '@/lib/http/form-action';
import { revealSolutionFormSchema, startPracticeFormSchema } from './forms';
import { getProblem } from './library';

function requireProblem(slug: string) {
  const problem = getProblem(slug);
  if (!problem) throw new NotFoundError('Problem not found');
  return problem;
}

/**
 * Starts a practice session from a problem page and opens its workspace. Signed-out visitors are sent to
 * sign in and brought back to the problem. A timed session defaults to the problem's suggested time.
 */
export const startPracticeAction = formAction({ auth: 'public', schema: startPracticeFormSchema }, async (input, user) => {
  const problem = requireProblem(input.problemSlug);
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(`/problems/${problem.slug}`)}`);
  const session = await createSession({
    userId: user.id,
    problemSlug: problem.slug,
    mode: input.mode,
    durationMinutes: input.mode === 'timed' ? (input.durationMinutes ?? problem.timeMinutes) : null,
  });
  redirect(`/practice/${session.id}`);
});

/** Records that the signed-in user chose to see the reference after the spoiler warning, then shows it. */
export const revealSolutionAction = formAction({ auth: 'user', schema: revealSolutionFormSchema }, async (input, user) => {
  const problem = requireProblem(input.problemSlug);
  await recordProblemReveal({ userId: user.id, problemSlug: problem.slug });
  revalidatePath(`/problems/${problem.slug}`);
  redirect(`/problems/${problem.slug}#solution`);
});
