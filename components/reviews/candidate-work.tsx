import { FigureComparison } from '@/components/estimator/figure-comparison';
import { HintsUsed, NotesView, PhaseTimeTable } from '@/components/sessions/record-sections';
import type { SessionRecord } from '@/lib/sessions/load-history';

function Part({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="flex flex-col gap-2 break-inside-avoid">
      <h2 id={id} className="text-lg font-semibold text-slate-900">{title}</h2>
      {children}
    </section>
  );
}

/**
 * The candidate's work besides the diagram, read-only, as the session record shows it: estimates against
 * the reference, notes per phase, hints used with their times, time per phase.
 */
export function CandidateWork({ record }: { record: SessionRecord }) {
  return (
    <div className="flex flex-col gap-6">
      <Part id="work-estimates" title="Estimates">
        {record.comparison.length > 0 ? <FigureComparison rows={record.comparison} /> : <p className="text-sm text-slate-700">No figures to compare.</p>}
      </Part>
      <Part id="work-notes" title="Notes per phase"><NotesView notes={record.notes} /></Part>
      <Part id="work-hints" title="Hints used"><HintsUsed hints={record.hints} /></Part>
      <Part id="work-time" title="Time per phase"><PhaseTimeTable spent={record.session.phaseSeconds} budgets={record.budgets} /></Part>
    </div>
  );
}
