'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { createReview } from '@/lib/db/reviews';
import { formAction } from '@/lib/http/form-action';

const sessionId = z.string().min(1).max(64);
const claimReviewFormSchema = z.object({ sessionId });
const assignReviewFormSchema = z.object({ sessionId, reviewerId: z.string().min(1, 'Choose a reviewer').max(64) });

/** Claims a session from the queue (a draft review for the caller) and opens the review page. */
export const claimReviewAction = formAction({ auth: 'user', schema: claimReviewFormSchema }, async (input, user) => {
  await createReview({ actor: user, sessionId: input.sessionId });
  redirect(`/reviews/${input.sessionId}`);
});

/** An admin assigns a session to a reviewer, who can then open it even if it was never requested. */
export const assignReviewAction = formAction({ auth: 'user', schema: assignReviewFormSchema }, async (input, user) => {
  const review = await createReview({ actor: user, sessionId: input.sessionId, reviewerId: input.reviewerId });
  revalidatePath('/reviews');
  return { message: `Assigned to ${review.reviewer.name}.` };
});
