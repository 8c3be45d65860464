import { Markdown } from '@/components/markdown/markdown';
import type { Problem } from '@/lib/problems/schema';
import { markdownList, Section } from './section';

function formatAvailability(availability: number): string {
  return `${Number((availability * 100).toPrecision(6))}%`;
}

/** The public statement: prompt, requirements, targets and the scale to assume. */
export function ProblemStatement({ problem }: { problem: Pick<Problem, 'prompt' | 'requirements' | 'targets' | 'scale'> }) {
  return (
    <>
      <Section id="prompt" title="The prompt">
        <Markdown minHeadingLevel={3}>{problem.prompt}</Markdown>
      </Section>
      <Section id="requirements" title="Requirements">
        <h3 className="font-semibold text-slate-900">Functional</h3>
        <Markdown minHeadingLevel={4}>{markdownList(problem.requirements.functional)}</Markdown>
        <h3 className="font-semibold text-slate-900">Non-functional</h3>
        <Markdown minHeadingLevel={4}>{markdownList(problem.requirements.nonFunctional)}</Markdown>
      </Section>
      <Section id="targets" title="Targets">
        <dl className="grid max-w-md grid-cols-[auto_1fr] gap-x-6 gap-y-1 text-sm">
          <dt className="font-medium text-slate-800">Availability</dt>
          <dd className="tabular-nums text-slate-700">{formatAvailability(problem.targets.availability)}</dd>
          <dt className="font-medium text-slate-800">p99 latency</dt>
          <dd className="tabular-nums text-slate-700">{problem.targets.latencyMsP99.toLocaleString('en-US')} ms</dd>
        </dl>
      </Section>
      <Section id="scale" title="Scale assumptions">
        <Markdown minHeadingLevel={3}>{markdownList(problem.scale.assumptions)}</Markdown>
      </Section>
    </>
  );
}
