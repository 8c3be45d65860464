import { FigureComparison } from '@/components/estimator/figure-comparison';
import { Markdown } from '@/components/markdown/markdown';
import { compareFigures, referenceMetricsOf } from '@/lib/estimator/compare';
import { candidateFigures, type SessionEstimate } from '@/lib/estimator/session-estimate';
import type { Problem } from '@/lib/problems/schema';
import { formatDuration, minutesInto, type PhaseWork } from '@/lib/reviews/work';

interface WorkPanelsProps {
  problem: Problem;
  estimate: SessionEstimate;
  phases: readonly PhaseWork[];
  hints: readonly { hintIndex: number; source: string; openedAt: Date }[];
  startedAt: Date;
}

/** The candidate's work besides the diagram, read-only: estimates against the reference, notes, hints, time. */
export function WorkPanels({ problem, estimate, phases, hints, startedAt }: WorkPanelsProps) {
  const rows = compareFigures(candidateFigures(estimate), referenceMetricsOf(problem.figures));
  const total = phases.reduce((sum, p) => sum + p.seconds, 0);
  return (
    <div className="flex flex-col gap-6">
      <section aria-labelledby="estimates-heading" className="break-inside-avoid">
        <h2 id="estimates-heading" className="mb-2 text-lg font-semibold">Estimates</h2>
        {rows.length > 0 ? <FigureComparison rows={rows} /> : <p className="text-sm text-slate-600">This problem has no reference figures to compare with.</p>}
      </section>
      <section aria-labelledby="phases-heading">
        <h2 id="phases-heading" className="mb-2 text-lg font-semibold">Notes and time per phase</h2>
        <p className="mb-2 text-sm text-slate-700">Total time: {formatDuration(total)}</p>
        <ol className="flex flex-col gap-3">
          {phases.map((p) => (
            <li key={p.phase} className="rounded border border-slate-200 bg-white p-3 break-inside-avoid">
              <h3 className="text-sm font-semibold text-slate-900">
                {p.phase}. {p.title} <span className="font-normal text-slate-600">· {formatDuration(p.seconds)}</span>
              </h3>
              {p.notes.trim() ? <Markdown minHeadingLevel={4} className="text-sm">{p.notes}</Markdown> : <p className="text-sm text-slate-600">No notes.</p>}
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="hints-heading" className="break-inside-avoid">
        <h2 id="hints-heading" className="mb-2 text-lg font-semibold">Hints used ({hints.length} of {problem.hints.length})</h2>
        {hints.length === 0 ? (
          <p className="text-sm text-slate-600">No hints were opened.</p>
        ) : (
          <ul className="flex flex-col gap-2 text-sm">
            {hints.map((h) => (
              <li key={h.hintIndex} className="rounded border border-slate-200 bg-white p-2">
                <span className="font-medium">Hint {h.hintIndex + 1}</span> at {minutesInto(startedAt, h.openedAt)} min
                {h.source !== 'self' ? ` (given by the ${h.source})` : ''}: {problem.hints[h.hintIndex] ?? ''}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
