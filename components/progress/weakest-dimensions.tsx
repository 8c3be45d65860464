import Link from 'next/link';
import type { WeakDimension } from '@/lib/progress/aggregate';

/** The lowest-scoring dimensions, each with the concept guides that help most. */
export function WeakestDimensions({ weakest, conceptTitles }: { weakest: WeakDimension[]; conceptTitles: Record<string, string> }) {
  if (weakest.length === 0) return <p className="text-slate-700">Rate yourself after a session (or get a review) to see where to focus.</p>;
  return (
    <ol className="flex flex-col gap-3">
      {weakest.map((w) => (
        <li key={w.dimension} className="rounded border border-slate-200 bg-white p-3">
          <p className="font-medium text-slate-900">
            {w.title}: <span className="font-normal text-slate-700">average {w.average.toFixed(1)} of 4</span>
          </p>
          {w.concepts.length > 0 ? (
            <ul className="mt-1 flex flex-wrap gap-x-4 text-sm">
              {w.concepts.map((slug) => (
                <li key={slug}>
                  <Link href={`/concepts/${slug}`} className="text-indigo-700 underline">{conceptTitles[slug] ?? slug}</Link>
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-1 text-sm text-slate-700">Practise saying your reasoning aloud and naming trade-offs as you go.</p>
          )}
        </li>
      ))}
    </ol>
  );
}
