import { Clock } from 'lucide-react';
import Link from 'next/link';
import type { Difficulty } from '@/lib/problems/catalogue';
import { DifficultyBadge } from './difficulty-badge';
import { TopicList } from './topic-list';

interface ProblemCardProps {
  slug: string;
  title: string;
  summary: string;
  difficulty: Difficulty;
  topics: readonly string[];
  timeMinutes: number;
  /** 2 in the library; 3 where the list sits under a section heading. */
  headingLevel?: 2 | 3;
}

/** One problem in the library: title (the link), difficulty, time, summary and topics. */
export function ProblemCard({ slug, title, summary, difficulty, topics, timeMinutes, headingLevel = 2 }: ProblemCardProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className="relative flex h-full flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm focus-within:ring-2 focus-within:ring-indigo-600 hover:border-indigo-300">
      <Heading className="text-lg font-semibold text-slate-900">
        {/* The whole card is clickable through the link's stretched ::after; the link text stays the title. */}
        <Link href={`/problems/${slug}`} className="after:absolute after:inset-0 after:content-[''] focus:outline-none">
          {title}
        </Link>
      </Heading>
      <div className="flex flex-wrap items-center gap-3 text-sm text-slate-700">
        <DifficultyBadge difficulty={difficulty} />
        <span className="inline-flex items-center gap-1">
          <Clock aria-hidden="true" className="size-4" />
          {timeMinutes} min
        </span>
      </div>
      <p className="text-sm text-slate-700">{summary}</p>
      <div className="mt-auto">
        <TopicList topics={topics} />
      </div>
    </article>
  );
}
