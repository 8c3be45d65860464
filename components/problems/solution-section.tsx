import { Markdown } from '@/components/markdown/markdown';
import { LazyDiagramViewer } from '@/components/diagram/lazy';
import type { ProblemSolution } from '@/lib/problems/dto';
import { ReferenceFigures } from './reference-figures';
import { markdownList, Section } from './section';

/**
 * The reference answer, for callers `canSeeSolution` allows. The diagram viewer is the page's only
 * heavy client code and loads in its own chunk, only here.
 */
export function SolutionSection({ title, solution }: { title: string; solution: ProblemSolution }) {
  return (
    <div className="flex flex-col gap-8">
      <Section id="reference-design" title="Reference design" level={3}>
        <LazyDiagramViewer diagram={solution.referenceDesign} height={520} ariaLabel={`Reference design: ${title} (read-only)`} />
      </Section>
      <Section id="reference-figures" title="Reference figures" level={3}>
        <ReferenceFigures figures={solution.figures} />
      </Section>
      <Section id="reference-api" title="API" level={3}>
        <Markdown minHeadingLevel={4}>{solution.api}</Markdown>
      </Section>
      <Section id="reference-data-model" title="Data model" level={3}>
        <Markdown minHeadingLevel={4}>{solution.dataModel}</Markdown>
      </Section>
      <Section id="deep-dives" title="Deep dives" level={3}>
        {solution.deepDives.map((dive) => (
          <article key={dive.title} className="flex flex-col gap-2">
            <h4 className="font-semibold text-slate-900">{dive.title}</h4>
            <Markdown minHeadingLevel={5}>{dive.strongAnswer}</Markdown>
          </article>
        ))}
      </Section>
      <Section id="pitfalls" title="Pitfalls" level={3}>
        <Markdown minHeadingLevel={4}>{markdownList(solution.pitfalls)}</Markdown>
      </Section>
    </div>
  );
}
