'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { createReview } from '@/lib/db/reviews';
import { formAction } from '@/lib/http/form-action';

const claimReviewFormSchema = z.object({ sessionId: z.string().min(1).max(64) });

/** Claims a session from the queue (a draft review for the caller) and opens the review page. */
export const claimReviewAction = formAction({ auth: 'user', schema: claimReviewFormSchema }, async (input, user) => {
  await createReview({ actor: user, sessionId: input.sessionId });
  redirect(`/reviews/${input.sessionId}`);
});
