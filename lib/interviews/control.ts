import { z } from 'zod';
import { INTERVIEW_STATUSES } from './schema';

/**
 * What both people in a room see of the interview's control state: status, phase, clock and the hints
 * sent so far. The server sends it over the room's WebSocket (never through the shared document, which
 * both browsers may write) whenever the interviewer changes it. It holds nothing the candidate may not
 * see: no private notes, no unsent hints, no reference design, no rubric.
 */
export const controlStateSchema = z.object({
  status: z.enum(INTERVIEW_STATUSES),
  currentPhase: z.number().int().min(1),
  timer: z.object({
    startedAt: z.iso.datetime().nullable(),
    pausedAt: z.iso.datetime().nullable(),
    pausedSeconds: z.number().int().min(0),
    limitSeconds: z.number().int().positive(),
  }),
  /** The server's clock when this was sent, so browsers can correct for their own clock's offset. */
  serverNow: z.iso.datetime(),
  hints: z.array(z.object({ index: z.number().int().min(0), text: z.string(), sentAt: z.iso.datetime() })),
  /** The frozen session, once the interview has ended. */
  sessionId: z.string().nullable(),
});
export type ControlState = z.infer<typeof controlStateSchema>;

export interface ControlFacts {
  status: ControlState['status'];
  currentPhase: number;
  durationMinutes: number;
  timerStartedAt: Date | null;
  timerPausedAt: Date | null;
  pausedSeconds: number;
  sessionId: string | null;
  endedAt: Date | null;
}

/** Builds the control state from the interview row, the hints sent (with their text) and now. */
export function toControlState(
  facts: ControlFacts,
  hints: { index: number; text: string; sentAt: Date }[],
  now: Date,
): ControlState {
  return {
    status: facts.status,
    currentPhase: facts.currentPhase,
    timer: {
      startedAt: facts.timerStartedAt?.toISOString() ?? null,
      // An ended interview's clock stands still at the end.
      pausedAt: (facts.timerPausedAt ?? (facts.status === 'ended' ? facts.endedAt : null))?.toISOString() ?? null,
      pausedSeconds: facts.pausedSeconds,
      limitSeconds: facts.durationMinutes * 60,
    },
    serverNow: now.toISOString(),
    hints: hints.map((h) => ({ index: h.index, text: h.text, sentAt: h.sentAt.toISOString() })),
    sessionId: facts.status === 'ended' ? facts.sessionId : null,
  };
}

/** Seconds left on the clock as a browser sees it, given its offset from the server's clock. */
export function remainingOnClock(state: ControlState, clientNow: number, offsetMs: number): number {
  const { startedAt, pausedAt, pausedSeconds, limitSeconds } = state.timer;
  if (!startedAt) return limitSeconds;
  const end = pausedAt ? Date.parse(pausedAt) : clientNow + offsetMs;
  const elapsed = (end - Date.parse(startedAt)) / 1000 - pausedSeconds;
  return Math.max(0, Math.round(limitSeconds - Math.max(0, elapsed)));
}
