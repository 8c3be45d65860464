import Link from 'next/link';
import { LazyDiagramViewer } from '@/components/diagram/lazy';
import { EstimatorPanel } from '@/components/estimator/estimator-panel';
import { FigureComparison } from '@/components/estimator/figure-comparison';
import { formatDuration } from '@/lib/sessions/clock-format';
import type { SessionRecord as SessionRecordData } from '@/lib/sessions/load-history';
import { DeleteSessionButton } from './delete-session-button';
import { DiagramReplay } from './diagram-replay';
import { MODE_LABEL, REVIEW_LABEL, STATUS_LABEL } from './labels';
import { HintsUsed, NotesView, PhaseTimeTable, SelfRatingsView } from './record-sections';

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="flex flex-col gap-3">
      <h2 id={id} className="text-xl font-semibold text-slate-900">{title}</h2>
      {children}
    </section>
  );
}

/** A session's full record: summary, notes, diagram and its replay, estimates, hints, time per phase. */
export function SessionRecord({ record, reviews }: { record: SessionRecordData; reviews?: React.ReactNode }) {
  const { session } = record;
  const isOpen = session.status === 'in_progress';
  return (
    <div className="flex flex-col gap-8">
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{record.problemTitle}</h1>
        <dl className="grid grid-cols-2 gap-x-6 gap-y-1 text-sm sm:grid-cols-3 lg:grid-cols-6">
          <div><dt className="text-slate-600">Mode</dt><dd>{MODE_LABEL[session.mode]}{session.durationMinutes ? ` (${session.durationMinutes} min)` : ''}</dd></div>
          <div><dt className="text-slate-600">Started</dt><dd>{session.startedAt.slice(0, 16).replace('T', ' ')} UTC</dd></div>
          <div><dt className="text-slate-600">Duration</dt><dd>{formatDuration(session.elapsedSeconds)}</dd></div>
          <div><dt className="text-slate-600">Status</dt><dd>{STATUS_LABEL[session.status]}</dd></div>
          <div><dt className="text-slate-600">Review</dt><dd>{REVIEW_LABEL[session.reviewStatus]}</dd></div>
        </dl>
        {record.isOwner ? (
          <div className="flex flex-wrap items-center gap-4 text-sm">
            {session.mode !== 'mock' ? (
              <Link href={`/practice/${session.id}`} className="font-medium text-indigo-700 underline">
                {isOpen ? 'Resume in the workspace' : 'Self-rating and comparison'}
              </Link>
            ) : null}
            <DeleteSessionButton sessionId={session.id} problemTitle={record.problemTitle} redirectTo="/sessions" />
          </div>
        ) : null}
      </header>
      <Section id="notes-title" title="Notes"><NotesView notes={record.notes} /></Section>
      <Section id="diagram-title" title="Diagram">
        <LazyDiagramViewer diagram={record.diagram} ariaLabel="Final diagram (read-only)" />
        <h3 className="font-semibold text-slate-900">Replay</h3>
        <DiagramReplay sessionId={session.id} />
      </Section>
      <Section id="estimates-title" title="Estimates">
        {record.comparison.length > 0 ? <FigureComparison rows={record.comparison} /> : null}
        <details className="rounded border border-slate-200 bg-white p-3">
          <summary className="cursor-pointer font-medium">Assumptions and working</summary>
          <div className="mt-3"><EstimatorPanel value={record.estimate} readOnly /></div>
        </details>
      </Section>
      <Section id="hints-title" title="Hints used"><HintsUsed hints={record.hints} /></Section>
      <Section id="phases-title" title="Time per phase"><PhaseTimeTable spent={session.phaseSeconds} budgets={record.budgets} /></Section>
      <Section id="ratings-title" title="Self-ratings"><SelfRatingsView ratings={session.selfRatings} /></Section>
      {reviews}
    </div>
  );
}
