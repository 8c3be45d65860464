import type { Metadata } from 'next';
import Link from 'next/link';
import { PhaseTimeChart } from '@/components/progress/phase-time-chart';
import { ScoreChart } from '@/components/progress/score-chart';
import { WeakestDimensions } from '@/components/progress/weakest-dimensions';
import { requirePageUser } from '@/lib/auth/page-guards';
import { RUBRIC_DIMENSIONS, RUBRIC_DIMENSION_IDS } from '@/lib/problems/catalogue';
import { listConcepts } from '@/lib/problems/library';
import { loadProgress } from '@/lib/progress/load-progress';

export const metadata: Metadata = { title: 'Progress' };

/** The candidate's progress: scores over time, problems done, time per phase, where to focus next. */
export default async function ProgressPage() {
  const user = await requirePageUser('/progress');
  const progress = await loadProgress({ userId: user.id });
  const conceptTitles = Object.fromEntries(listConcepts().map((c) => [c.slug, c.title]));
  const dimensions = RUBRIC_DIMENSION_IDS.map((id) => ({ id, title: RUBRIC_DIMENSIONS[id].title, points: progress.series[id] }));
  return (
    <div className="flex flex-col gap-8">
      <header className="flex flex-col gap-1">
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">Your progress</h1>
        <p className="text-slate-700">
          From your {progress.sessionCount} practice session{progress.sessionCount === 1 ? '' : 's'}. <Link href="/sessions" className="text-indigo-700 underline">See them all</Link>
        </p>
      </header>
      <section aria-labelledby="problems-title">
        <h2 id="problems-title" className="text-xl font-semibold text-slate-900">Problems</h2>
        <dl className="mt-2 flex gap-8">
          <div><dt className="text-sm text-slate-700">Attempted</dt><dd className="text-2xl font-semibold">{progress.problems.attempted}</dd></div>
          <div><dt className="text-sm text-slate-700">Completed</dt><dd className="text-2xl font-semibold">{progress.problems.completed}</dd></div>
        </dl>
      </section>
      <section aria-labelledby="scores-title" className="flex flex-col gap-2">
        <h2 id="scores-title" className="text-xl font-semibold text-slate-900">Scores per rubric dimension</h2>
        <ScoreChart dimensions={dimensions} problemTitles={progress.problemTitles} />
      </section>
      <section aria-labelledby="weakest-title" className="flex flex-col gap-2">
        <h2 id="weakest-title" className="text-xl font-semibold text-slate-900">Where to focus</h2>
        <WeakestDimensions weakest={progress.weakest} conceptTitles={conceptTitles} />
      </section>
      <section aria-labelledby="phases-title" className="flex flex-col gap-2">
        <h2 id="phases-title" className="text-xl font-semibold text-slate-900">Time per phase</h2>
        {progress.problems.completed > 0 ? (
          <PhaseTimeChart phases={progress.phases} />
        ) : (
          <p className="text-slate-700">Submit a session to compare your time per phase with the suggested budget.</p>
        )}
      </section>
    </div>
  );
}
