import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ProblemBrief } from '@/components/interview/problem-brief';
import { ReferencePanel } from '@/components/interview/reference-panel';
import { LazyInterviewRoom } from '@/components/interview/lazy';
import { requirePageUser } from '@/lib/auth/page-guards';
import { getInterviewForActor } from '@/lib/db/interviews';
import { NotFoundError } from '@/lib/errors';
import { getProblem } from '@/lib/problems/library';

export const metadata: Metadata = { title: 'Mock interview' };

async function loadInterview(actor: { id: string; role: 'candidate' | 'interviewer' | 'reviewer' | 'admin' }, interviewId: string) {
  try {
    return await getInterviewForActor({ actor, interviewId });
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

/** The live room. The interviewer's console data is added here, server-side, only for the interviewer. */
export default async function InterviewRoomPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser(`/interviews/${id}`);
  const { interview, permissions } = await loadInterview(user, id);
  const problem = getProblem(interview.problemSlug);
  if (!problem) notFound();
  if (interview.status === 'cancelled') {
    return <p className="text-slate-700">This interview was cancelled.</p>;
  }
  const interviewerConsole = permissions.isInterviewer
    ? { hints: problem.hints, privateNotes: interview.privateNotes, reference: <ReferencePanel problem={problem} /> }
    : undefined;
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{`Mock interview: ${problem.title}`}</h1>
      <ProblemBrief problem={problem} />
      <LazyInterviewRoom interviewId={interview.id} userName={user.name ?? user.email} role={permissions.isInterviewer ? 'interviewer' : 'candidate'} interviewerConsole={interviewerConsole} />
    </div>
  );
}
