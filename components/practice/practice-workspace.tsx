'use client';

import { useRouter } from 'next/navigation';
import { useCallback, useState } from 'react';
import { LazySessionCanvas } from '@/components/diagram/lazy';
import type { AnalysisTargets } from '@/lib/analysis/schema';
import type { SessionEstimate } from '@/lib/estimator/schema';
import { analysisEstimateOf } from '@/lib/sessions/analysis-input';
import type { SessionNotes } from '@/lib/sessions/notes';
import { isPhaseId, phaseBudgets, phaseById, type PhaseId } from '@/lib/sessions/phases';
import type { OpenedHint } from './hints-panel';
import { HintsPanel } from './hints-panel';
import { NotesEditor } from './notes-editor';
import { PhaseNav } from './phase-nav';
import { requestJson, sessionUrl, type SessionClock } from './session-api';
import { SessionTimer } from './session-timer';
import { SubmitControl } from './submit-control';
import { useSubmit, type Flushable } from './use-submit';
import { WorkspaceAnalysis } from './workspace-analysis';
import { WorkspaceEstimator } from './workspace-estimator';

export interface PracticeWorkspaceProps {
  session: { id: string; mode: 'timed' | 'untimed'; budgetSeconds: number; clock: SessionClock };
  problem: { title: string; hintCount: number; targets: AnalysisTargets };
  statement: React.ReactNode;
  notes: SessionNotes;
  estimate: SessionEstimate & { version: number };
  hints: OpenedHint[];
}

/** The solo practice workspace: clock, phases, notes, canvas, estimator, hints, analysis and submit. */
export function PracticeWorkspace({ session, problem, statement, notes, estimate, hints }: PracticeWorkspaceProps) {
  const router = useRouter();
  const [phase, setPhase] = useState<PhaseId>(session.clock.currentPhase as PhaseId);
  const [estimateNow, setEstimateNow] = useState<SessionEstimate>(estimate);
  const [savers] = useState(() => new Set<Flushable>());
  const register = useCallback((saver: Flushable) => void savers.add(saver), [savers]);
  const { submit, isSubmitting, error } = useSubmit(session.id, savers);
  const refresh = useCallback(() => router.refresh(), [router]);
  const followPhase = useCallback((next: number) => isPhaseId(next) && setPhase(next), []);

  const selectPhase = async (next: PhaseId) => {
    setPhase(next);
    const answer = await requestJson(sessionUrl(session.id, '/phase'), 'PUT', { phase: next });
    if (answer.status === 409) refresh();
  };

  return (
    <div className="flex flex-col gap-4">
      {/* Sticky so the clock stays in view while the candidate scrolls to the estimator. */}
      <header className="sticky top-0 z-20 -mx-4 flex flex-wrap items-center justify-between gap-3 border-b border-slate-200 bg-white/95 px-4 py-2 backdrop-blur">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{problem.title}</h1>
          <p className="text-sm text-slate-600">{session.mode === 'timed' ? 'Timed practice' : 'Untimed practice'}</p>
        </div>
        <SessionTimer sessionId={session.id} mode={session.mode} initial={session.clock} onTimeUp={() => void submit()} onSubmitted={refresh} onPhase={followPhase} />
        <SubmitControl isSubmitting={isSubmitting} error={error} onSubmit={() => void submit()} />
      </header>
      <PhaseNav current={phase} budgets={phaseBudgets(session.budgetSeconds)} onSelect={(p) => void selectPhase(p)} isBusy={isSubmitting} />
      <p className="rounded bg-indigo-50 px-3 py-2 text-sm text-indigo-950">
        <span className="font-semibold">{phaseById(phase).title}: </span>
        {phaseById(phase).prompt}
      </p>
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[20rem_minmax(0,1fr)]">
        <aside aria-label="Problem, notes and hints" className="flex flex-col gap-6">
          {statement}
          <NotesEditor sessionId={session.id} phase={phase} initialNotes={notes} onSaver={register} />
          <HintsPanel sessionId={session.id} total={problem.hintCount} initial={hints} />
        </aside>
        <div className="flex min-w-0 flex-col gap-6">
          <section aria-labelledby="canvas-title" className="flex flex-col gap-2">
            <h2 id="canvas-title" className="text-base font-semibold text-slate-900">Diagram</h2>
            <div className="h-[640px] rounded-md border border-slate-200 bg-white">
              <LazySessionCanvas sessionId={session.id} className="h-full" onSaver={register} />
            </div>
          </section>
          <section aria-labelledby="estimate-title" className="flex flex-col gap-2">
            <h2 id="estimate-title" className="text-base font-semibold text-slate-900">Estimation</h2>
            <WorkspaceEstimator sessionId={session.id} initial={estimate} onSaver={register} onChange={setEstimateNow} />
          </section>
          <WorkspaceAnalysis sessionId={session.id} estimate={analysisEstimateOf(estimateNow)} targets={problem.targets} isLocked={session.mode === 'timed'} />
        </div>
      </div>
    </div>
  );
}
