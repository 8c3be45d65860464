'use client';

import { useEffect, useState } from 'react';
import { remainingOnClock, type ControlState } from '@/lib/interviews/control';
import { phaseById, PHASES } from '@/lib/sessions/phases';

function formatSeconds(total: number): string {
  const m = Math.floor(total / 60);
  const s = total % 60;
  return `${m}:${String(s).padStart(2, '0')}`;
}

/** The phase and the shared clock, as the server last described them, ticking locally between updates. */
export function RoomClock({ control, offsetMs }: { control: ControlState; offsetMs: number }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const remaining = remainingOnClock(control, now, offsetMs);
  const phase = phaseById(control.currentPhase);
  const clockState = !control.timer.startedAt ? 'not started' : control.timer.pausedAt ? 'paused' : 'running';
  return (
    <div className="flex flex-wrap items-center gap-4">
      <p className="text-sm text-slate-700">
        <span className="sr-only">Current phase: </span>
        <span data-testid="current-phase" className="font-semibold text-slate-900">{`Phase ${phase.id} of ${PHASES.length}: ${phase.title}`}</span>
      </p>
      <p className="font-mono text-lg tabular-nums" aria-label={`Time left ${formatSeconds(remaining)}, clock ${clockState}`}>
        {formatSeconds(remaining)}
        <span className="ml-2 font-sans text-xs text-slate-600">{clockState}</span>
      </p>
    </div>
  );
}
