import { z } from 'zod';
import { PHASE_IDS, type PhaseId } from './phases';

/** `phaseSeconds` as stored: whole seconds per phase id ("1"-"6"); unknown keys are dropped on read. */
export const phaseSecondsSchema = z
  .record(z.string(), z.unknown())
  .transform((raw) => {
    const out: Partial<Record<PhaseId, number>> = {};
    for (const id of PHASE_IDS) {
      const value = raw[String(id)];
      if (typeof value === 'number' && Number.isFinite(value) && value >= 0) out[id] = Math.floor(value);
    }
    return out;
  })
  .catch({});
export type PhaseSeconds = z.output<typeof phaseSecondsSchema>;

/** The clock facts time per phase is derived from; all from the server's clock. */
export interface PhaseClock {
  currentPhase: number;
  /** When the current phase's running time started (re-set on resume); null = the session's start. */
  phaseStartedAt: Date | null;
  startedAt: Date;
  pausedAt: Date | null;
  phaseSeconds: PhaseSeconds;
}

/**
 * Adds the time spent in the current phase since `phaseStartedAt` (up to `until`, or the pause) to
 * `phaseSeconds`. Called on every phase change, pause and submit, so paused time never counts.
 */
export function accruePhaseTime(clock: PhaseClock, until: Date): PhaseSeconds {
  const from = clock.phaseStartedAt ?? clock.startedAt;
  const end = clock.pausedAt && clock.pausedAt < until ? clock.pausedAt : until;
  const seconds = Math.max(0, Math.floor((end.getTime() - from.getTime()) / 1000));
  const phase = clock.currentPhase as PhaseId;
  if (!PHASE_IDS.includes(phase) || seconds === 0) return { ...clock.phaseSeconds };
  return { ...clock.phaseSeconds, [phase]: (clock.phaseSeconds[phase] ?? 0) + seconds };
}

/** Time per phase as of `now`, including the running phase, for display while a session is open. */
export function phaseSecondsAt(clock: PhaseClock, now: Date, isRunning: boolean): PhaseSeconds {
  return isRunning ? accruePhaseTime(clock, now) : { ...clock.phaseSeconds };
}
