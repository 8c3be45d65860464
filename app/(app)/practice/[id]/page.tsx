import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { LazyPracticeWorkspace } from '@/components/practice/lazy-workspace';
import { ProblemStatement } from '@/components/practice/problem-statement';
import { SubmittedSession } from '@/components/practice/submitted-session';
import { requirePageUser } from '@/lib/auth/page-guards';
import { orNotFound } from '@/lib/sessions/or-not-found';
import { loadPractice, loadSubmittedExtras } from '@/lib/sessions/load-practice';

export const metadata: Metadata = { title: 'Practice' };

/** The candidate's workspace for one session; after submit, self-rating and comparison. Owner only. */
export default async function PracticePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser(`/practice/${id}`);
  const data = await orNotFound(loadPractice({ actor: user, sessionId: id }));
  const { session, problem } = data;
  if (session.mode === 'mock') redirect(`/sessions/${id}`);
  if (session.status === 'submitted') {
    const extras = await loadSubmittedExtras({ actor: user, sessionId: id }, data);
    return <SubmittedSession session={session} problem={problem} estimate={data.estimate} {...extras} />;
  }
  return (
    <LazyPracticeWorkspace
      session={{
        id,
        mode: session.mode,
        budgetSeconds: session.timeLimitSeconds ?? (session.durationMinutes ?? problem.timeMinutes) * 60,
        clock: session,
      }}
      problem={{ title: problem.title, hintCount: problem.hints.length, targets: problem.targets }}
      statement={<ProblemStatement summary={problem.summary} prompt={problem.prompt} />}
      notes={data.notes}
      estimate={data.estimate}
      hints={data.hints}
    />
  );
}
