'use client';

import { Pause, Play, Timer } from 'lucide-react';
import { useCallback, useEffect, useState } from 'react';
import { formatClock, timeWarning } from '@/lib/sessions/clock-format';
import { fetchSessionClock, requestJson, sessionClockSchema, sessionUrl, type SessionClock } from './session-api';

interface SessionTimerProps {
  sessionId: string;
  mode: 'timed' | 'untimed';
  initial: SessionClock;
  /** Timed sessions: the clock reached zero (called once). */
  onTimeUp: () => void;
  /** The server says the session is already submitted (another tab, or the time ran out). */
  onSubmitted: () => void;
  /** The server's current phase after a re-read (another tab may have moved on). */
  onPhase?: (phase: number) => void;
}

/**
 * Always-visible clock. The server's clock decides: the figure is re-read on focus, when the tab becomes
 * visible and every minute, and counted down locally in between. Warnings at 5 and 1 minute are announced.
 */
export function SessionTimer({ sessionId, mode, initial, onTimeUp, onSubmitted, onPhase }: SessionTimerProps) {
  const [sync, setSync] = useState(() => ({ clock: initial, at: Date.now() }));
  const [now, setNow] = useState(() => Date.now());
  const [error, setError] = useState('');

  const resync = useCallback(async () => {
    const clock = await fetchSessionClock(sessionId);
    if (!clock) return;
    setSync({ clock, at: Date.now() });
    onPhase?.(clock.currentPhase);
    if (clock.status === 'submitted') onSubmitted();
  }, [sessionId, onSubmitted, onPhase]);

  useEffect(() => {
    const tick = window.setInterval(() => setNow(Date.now()), 1_000);
    const every = window.setInterval(() => void resync(), 60_000);
    const visible = () => document.visibilityState === 'visible' && void resync();
    window.addEventListener('focus', visible);
    document.addEventListener('visibilitychange', visible);
    return () => {
      window.clearInterval(tick);
      window.clearInterval(every);
      window.removeEventListener('focus', visible);
      document.removeEventListener('visibilitychange', visible);
    };
  }, [resync]);

  const passed = sync.clock.isPaused ? 0 : Math.max(0, Math.floor((now - sync.at) / 1000));
  const remaining = sync.clock.remainingSeconds === null ? null : Math.max(0, sync.clock.remainingSeconds - passed);
  const isTimeUp = mode === 'timed' && remaining === 0;
  useEffect(() => {
    if (isTimeUp) onTimeUp();
  }, [isTimeUp, onTimeUp]);

  const toggle = async () => {
    const answer = await requestJson(sessionUrl(sessionId, sync.clock.isPaused ? '/resume' : '/pause'), 'POST');
    const clock = sessionClockSchema.safeParse(answer.json);
    if (answer.ok && clock.success) setSync({ clock: clock.data, at: Date.now() });
    setError(answer.ok ? '' : answer.error);
  };

  const warning = timeWarning(remaining);
  const shown = remaining ?? sync.clock.elapsedSeconds + passed;
  const tone = warning === '1 minute left' ? 'bg-red-100 text-red-900' : warning ? 'bg-amber-100 text-amber-900' : 'bg-slate-100 text-slate-900';
  return (
    <div className="flex items-center gap-2">
      <div role="timer" aria-label={remaining === null ? 'Time spent' : 'Time remaining'} className={`flex items-center gap-1 rounded px-2 py-1 font-mono text-lg tabular-nums ${tone}`}>
        <Timer aria-hidden className="size-4" />
        {formatClock(shown)}
        {remaining === null ? <span className="font-sans text-xs"> spent{sync.clock.isPaused ? ' (paused)' : ''}</span> : null}
      </div>
      <p aria-live="assertive" className={warning ? 'text-sm font-medium text-red-800' : 'sr-only'}>{warning}</p>
      {mode === 'untimed' ? (
        <button type="button" onClick={() => void toggle()} className="inline-flex items-center gap-1 rounded border border-slate-300 bg-white px-2 py-1 text-sm">
          {sync.clock.isPaused ? <Play aria-hidden className="size-4" /> : <Pause aria-hidden className="size-4" />}
          {sync.clock.isPaused ? 'Resume' : 'Pause'}
        </button>
      ) : null}
      {error ? <p role="alert" className="text-sm text-red-700">{error}</p> : null}
    </div>
  );
}
