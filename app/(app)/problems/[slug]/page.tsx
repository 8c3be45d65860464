import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Markdown } from '@/components/markdown/markdown';
import { ConceptLinks } from '@/components/problems/concept-links';
import { HintList } from '@/components/problems/hint-list';
import { ProblemHeader } from '@/components/problems/problem-header';
import { ProblemStatement } from '@/components/problems/problem-statement';
import { RubricTable } from '@/components/problems/rubric-table';
import { markdownList, Section } from '@/components/problems/section';
import { SolutionGate } from '@/components/problems/solution-gate';
import { SolutionSection } from '@/components/problems/solution-section';
import { StartPracticeForm } from '@/components/problems/start-practice-form';
import { getCurrentUser } from '@/lib/auth/session';
import { toProblemSolution, toRubricRows } from '@/lib/problems/dto';
import { defaultDurationFor } from '@/lib/problems/forms';
import { getProblem, listConcepts } from '@/lib/problems/library';
import { canActorSeeSolution } from '@/lib/problems/solution-access';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const problem = getProblem((await params).slug);
  return problem ? { title: problem.title, description: problem.summary } : { title: 'Problem not found' };
}

/** One problem: the statement for everyone, the reference solution behind `canSeeSolution`. */
export default async function ProblemPage({ params }: Props) {
  const problem = getProblem((await params).slug);
  if (!problem) notFound();
  const user = await getCurrentUser();
  const isSolutionVisible = await canActorSeeSolution(user, problem.slug);
  const concepts = listConcepts().filter((c) => (problem.concepts as string[]).includes(c.slug));
  return (
    <div className="flex flex-col gap-8">
      <ProblemHeader problem={problem} />
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <div className="flex min-w-0 flex-col gap-8">
          <ProblemStatement problem={problem} />
          <HintList hints={problem.hints} />
        </div>
        <div className="flex flex-col gap-6">
          <section aria-labelledby="start-title" className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
            <h2 id="start-title" className="text-lg font-semibold text-slate-900">Start practice</h2>
            <StartPracticeForm problemSlug={problem.slug} defaultDuration={defaultDurationFor(problem.timeMinutes)} />
          </section>
          <Section id="concepts" title="Concepts it uses">
            <ConceptLinks concepts={concepts} />
          </Section>
        </div>
      </div>
      <Section id="rubric" title="Rubric">
        <p className="text-sm text-slate-700">How an attempt on this problem is scored, dimension by dimension.</p>
        <RubricTable rows={toRubricRows(problem)} />
      </Section>
      <Section id="follow-ups" title="Follow-up questions">
        <Markdown minHeadingLevel={3}>{markdownList(problem.followUps)}</Markdown>
      </Section>
      <Section id="solution" title="Reference solution">
        {isSolutionVisible ? (
          <SolutionSection title={problem.title} solution={toProblemSolution(problem)} />
        ) : (
          <SolutionGate problemSlug={problem.slug} isSignedIn={user !== null} />
        )}
      </Section>
    </div>
  );
}
