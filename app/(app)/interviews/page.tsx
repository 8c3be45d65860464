import type { Metadata } from 'next';
import Link from 'next/link';
import { canConductInterviews } from '@/lib/auth/access';
import { requirePageUser } from '@/lib/auth/page-guards';
import { findInterviews } from '@/lib/db/interviews';
import { toInterviewDto } from '@/lib/interviews/dto';
import { listProblems } from '@/lib/problems/library';
import { InterviewActions } from './_components/interview-actions';
import { ScheduleForm } from './_components/schedule-form';

export const metadata: Metadata = { title: 'Mock interviews' };

const STATUS_LABELS = { scheduled: 'Scheduled', live: 'Live', ended: 'Ended', cancelled: 'Cancelled' } as const;

/** The interviews the user runs or attends; interviewers schedule new ones here. */
export default async function InterviewsPage() {
  const user = await requirePageUser('/interviews');
  const interviews = (await findInterviews({ userId: user.id })).map((row) => toInterviewDto(row, user.id));
  const problems = listProblems().map((p) => ({ slug: p.slug, title: p.title, timeMinutes: p.timeMinutes }));
  const titles = new Map(problems.map((p) => [p.slug, p.title]));
  return (
    <div className="flex flex-col gap-8">
      <h1 className="text-2xl font-semibold">Mock interviews</h1>
      {canConductInterviews(user) ? <ScheduleForm problems={problems} /> : null}
      <section aria-labelledby="interview-list-title" className="flex flex-col gap-3">
        <h2 id="interview-list-title" className="text-lg font-semibold">Your interviews</h2>
        {interviews.length === 0 ? <p className="text-slate-600">No interviews yet. An interviewer’s invite link brings you into one.</p> : null}
        <ul className="flex flex-col gap-3">
          {interviews.map((i) => (
            <li key={i.id} className="flex flex-col gap-2 rounded border border-slate-200 bg-white p-3">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <Link href={`/interviews/${i.id}`} className="font-medium text-indigo-700 underline">{titles.get(i.problemSlug) ?? i.problemSlug}</Link>
                <span className="text-sm text-slate-700">{STATUS_LABELS[i.status]}</span>
              </div>
              <p className="text-sm text-slate-700">
                <time dateTime={i.scheduledAt}>{new Date(i.scheduledAt).toUTCString()}</time>
                {` · ${i.durationMinutes} min · `}
                {i.role === 'interviewer' ? `you interview ${i.candidateName ?? '(invite not accepted yet)'}` : `interviewed by ${i.interviewerName ?? 'an interviewer'}`}
              </p>
              {i.role === 'interviewer' ? <InterviewActions interview={i} /> : null}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
