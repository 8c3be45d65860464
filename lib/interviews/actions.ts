'use server';

import { redirect } from 'next/navigation';
import { claimInvite } from '@/lib/db/interviews';
import { formAction } from '@/lib/http/form-action';
import { joinInviteFormSchema } from './schema';
import { hashInviteToken } from './token';

/** The join page's button: claims the invite for the signed-in user and opens the room. */
export const claimInviteAction = formAction({ auth: 'user', schema: joinInviteFormSchema }, async (input, user) => {
  const interviewId = await claimInvite({ actor: user, inviteTokenHash: hashInviteToken(input.token) });
  redirect(`/interviews/${interviewId}`);
});
