import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Markdown } from '@/components/markdown/markdown';
import { ProblemCard } from '@/components/problems/problem-card';
import { Section } from '@/components/problems/section';
import { getConcept, problemsUsingConcept } from '@/lib/problems/library';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const concept = getConcept((await params).slug);
  return concept ? { title: concept.title, description: concept.summary } : { title: 'Concept not found' };
}

/** One concept guide and the problems that lean on it. */
export default async function ConceptPage({ params }: Props) {
  const concept = getConcept((await params).slug);
  if (!concept) notFound();
  const problems = problemsUsingConcept(concept.slug);
  return (
    <div className="flex flex-col gap-8">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/concepts" className="text-indigo-700 underline">All concepts</Link>
      </nav>
      <header className="flex max-w-3xl flex-col gap-2">
        <h1 className="text-3xl font-semibold tracking-tight text-slate-900">{concept.title}</h1>
        <p className="text-lg text-slate-700">{concept.summary}</p>
      </header>
      <article aria-label="Guide" className="max-w-3xl">
        <Markdown minHeadingLevel={2}>{concept.body}</Markdown>
      </article>
      <Section id="used-by" title="Problems that use this">
        {problems.length > 0 ? (
          <ul aria-label="Problems that use this" className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {problems.map((problem) => (
              <li key={problem.slug}>
                <ProblemCard {...problem} headingLevel={3} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-700">
            No problem leans on this one directly yet; it is background for all of them.{' '}
            <Link href="/problems" className="text-indigo-700 underline">Browse the problems</Link>.
          </p>
        )}
      </Section>
    </div>
  );
}
