import { Clock } from 'lucide-react';
import type { Problem } from '@/lib/problems/schema';
import { DifficultyBadge } from './difficulty-badge';
import { TopicList } from './topic-list';

/** The problem's title, difficulty, suggested time, topics and summary. */
export function ProblemHeader({ problem }: { problem: Pick<Problem, 'title' | 'summary' | 'difficulty' | 'topics' | 'timeMinutes'> }) {
  return (
    <header className="flex flex-col gap-3">
      <h1 className="text-3xl font-semibold tracking-tight text-slate-900">{problem.title}</h1>
      <div className="flex flex-wrap items-center gap-3 text-sm text-slate-700">
        <DifficultyBadge difficulty={problem.difficulty} />
        <span className="inline-flex items-center gap-1">
          <Clock aria-hidden="true" className="size-4" />
          {problem.timeMinutes} minutes suggested
        </span>
        <TopicList topics={problem.topics} />
      </div>
      <p className="max-w-3xl text-lg text-slate-700">{problem.summary}</p>
    </header>
  );
}
