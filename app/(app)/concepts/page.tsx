import type { Metadata } from 'next';
import { ConceptCard } from '@/components/problems/concept-card';
import { listConcepts } from '@/lib/problems/library';

export const metadata: Metadata = { title: 'Concepts' };

/** The concept guides: short, precise background the problems link to. */
export default function ConceptsPage() {
  const concepts = listConcepts();
  return (
    <div className="flex flex-col gap-6">
      <header className="flex max-w-3xl flex-col gap-2">
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">Concepts</h1>
        <p className="text-slate-700">
          Short guides to the ideas system-design interviews keep returning to, with the numbers and trade-offs worth
          knowing by heart. Each lists the problems that use it.
        </p>
      </header>
      <ul aria-label="Concept guides" className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {concepts.map((concept) => (
          <li key={concept.slug}>
            <ConceptCard slug={concept.slug} title={concept.title} summary={concept.summary} />
          </li>
        ))}
      </ul>
    </div>
  );
}
