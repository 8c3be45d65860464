import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { requirePageUser } from '@/lib/auth/page-guards';
import { getInviteForActor } from '@/lib/db/interviews';
import { hashInviteToken } from '@/lib/interviews/token';
import { getProblem } from '@/lib/problems/library';
import { JoinForm } from '../../_components/join-form';

export const metadata: Metadata = { title: 'Join a mock interview' };

/** An invite link: signed-in, the first person to accept becomes the candidate; anyone later sees 404. */
export default async function JoinInterviewPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const user = await requirePageUser(`/interviews/join/${token}`);
  const invite = await getInviteForActor({ actor: user, inviteTokenHash: hashInviteToken(token) });
  if (!invite) notFound();
  if (invite.isClaimedByActor) redirect(`/interviews/${invite.id}`);
  const problem = getProblem(invite.problemSlug);
  return (
    <section className="mx-auto flex max-w-xl flex-col gap-4">
      <h1 className="text-2xl font-semibold">Join a mock interview</h1>
      <p className="text-slate-700">
        {`${invite.interviewerName ?? 'An interviewer'} invited you to a ${invite.durationMinutes}-minute mock interview on “${problem?.title ?? invite.problemSlug}”, scheduled for `}
        <time dateTime={invite.scheduledAt.toISOString()}>{invite.scheduledAt.toUTCString()}</time>.
      </p>
      <p className="text-sm text-slate-600">Once you join, this link admits nobody else. Your work in the room is saved to your history when the interview ends.</p>
      <JoinForm token={token} />
    </section>
  );
}
