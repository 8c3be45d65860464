import { LazyDiagramViewer } from '@/components/diagram/lazy';
import { toRubricRows } from '@/lib/problems/dto';
import type { Problem } from '@/lib/problems/schema';

/**
 * The interviewer's guide: the reference design, deep dives and the rubric. Rendered only into the
 * interviewer's page (the room page checks the access rule first), so none of it reaches the candidate.
 */
export function ReferencePanel({ problem }: { problem: Problem }) {
  return (
    <section aria-labelledby="reference-title" className="flex flex-col gap-3">
      <h2 id="reference-title" className="text-sm font-semibold text-slate-900">Reference design</h2>
      <LazyDiagramViewer diagram={problem.referenceDesign} height={320} ariaLabel="Reference design (interviewer only)" />
      <details className="text-sm">
        <summary className="cursor-pointer font-semibold text-slate-900">Deep dives</summary>
        <ul className="mt-2 flex flex-col gap-2">
          {problem.deepDives.map((d) => (
            <li key={d.title}>
              <p className="font-medium">{d.title}</p>
              <p className="text-slate-700">{d.strongAnswer}</p>
            </li>
          ))}
        </ul>
      </details>
      <details className="text-sm" open>
        <summary className="cursor-pointer font-semibold text-slate-900">Rubric</summary>
        <dl className="mt-2 flex flex-col gap-2">
          {toRubricRows(problem).map((row) => (
            <div key={row.dimension}>
              <dt className="font-medium">{row.title}</dt>
              {row.levels.map((level, i) => (
                <dd key={i} className="ml-3 text-slate-700">{`${i + 1}. ${level}`}</dd>
              ))}
            </div>
          ))}
        </dl>
      </details>
    </section>
  );
}
