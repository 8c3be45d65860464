'use client';

import { formatDuration } from '@/lib/sessions/clock-format';
import { PHASES, type PhaseId } from '@/lib/sessions/phases';

interface PhaseNavProps {
  current: PhaseId;
  /** Suggested seconds per phase; null for untimed sessions without a budget. */
  budgets: Record<PhaseId, number>;
  onSelect: (phase: PhaseId) => void;
  isBusy?: boolean;
}

/** The six interview phases; the candidate moves between them freely. */
export function PhaseNav({ current, budgets, onSelect, isBusy }: PhaseNavProps) {
  return (
    <nav aria-label="Interview phases">
      <ol className="grid grid-cols-2 gap-1 sm:grid-cols-3 lg:grid-cols-6">
        {PHASES.map((phase) => {
          const isCurrent = phase.id === current;
          return (
            <li key={phase.id}>
              <button
                type="button"
                aria-current={isCurrent ? 'step' : undefined}
                disabled={isBusy}
                onClick={() => onSelect(phase.id)}
                className={`flex w-full flex-col rounded border px-2 py-1 text-left text-sm ${isCurrent ? 'border-indigo-600 bg-indigo-50 text-indigo-900' : 'border-slate-200 bg-white text-slate-800 hover:bg-slate-50'}`}
              >
                <span className="font-medium">{phase.id}. {phase.title}</span>
                <span className="text-xs text-slate-600">about {formatDuration(budgets[phase.id])}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
