import type { Metadata } from 'next';
import Link from 'next/link';
import { ProblemCard } from '@/components/problems/problem-card';
import { ProblemFilters } from '@/components/problems/problem-filters';
import { filterProblems, hasActiveFilters, problemFiltersSchema } from '@/lib/problems/filter';
import { listProblems } from '@/lib/problems/library';

export const metadata: Metadata = { title: 'Problems' };

/** The problem library, filtered by the query string (difficulty, topic, text). */
export default async function ProblemsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const filters = problemFiltersSchema.parse(await searchParams);
  const all = listProblems();
  const problems = filterProblems(all, filters);
  const isFiltered = hasActiveFilters(filters);
  return (
    <div className="flex flex-col gap-6">
      <header className="flex max-w-3xl flex-col gap-2">
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">Problems</h1>
        <p className="text-slate-700">
          Classic system-design interview questions, each with requirements, scale to assume, hints, a published rubric
          and a reference solution you unlock by trying first.
        </p>
      </header>
      {/* Keyed by the filters: a client-side navigation (e.g. "Clear filters") must reset the uncontrolled fields. */}
      <ProblemFilters key={JSON.stringify(filters)} filters={filters} isFiltered={isFiltered} />
      <p role="status" className="text-sm text-slate-700">
        {isFiltered ? `${problems.length} of ${all.length} problems match` : `${all.length} problems`}
      </p>
      {problems.length > 0 ? (
        <ul aria-label="Problems" className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {problems.map((problem) => (
            <li key={problem.slug}>
              <ProblemCard {...problem} />
            </li>
          ))}
        </ul>
      ) : (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center">
          <h2 className="font-semibold text-slate-900">No problems match these filters</h2>
          <p className="mt-1 text-sm text-slate-700">
            Try another topic or a shorter search, or{' '}
            <Link href="/problems" className="text-indigo-700 underline">see every problem</Link>.
          </p>
        </div>
      )}
    </div>
  );
}
