import { storedNotesSchema } from '@/lib/sessions/notes';
import { phaseSecondsSchema } from '@/lib/sessions/phase-time';
import { PHASES } from '@/lib/sessions/phases';

/**
 * The candidate's work as a reviewer reads it: notes and time per interview phase. The session's Json
 * columns are parsed with the practice schemas (malformed reads as empty). Pure.
 */
export interface PhaseWork {
  phase: number;
  title: string;
  notes: string;
  seconds: number;
}

/** One entry per interview phase, in order, with its notes (Markdown) and seconds spent. */
export function phaseWork(notes: unknown, phaseSeconds: unknown): PhaseWork[] {
  const parsedNotes = storedNotesSchema.parse(notes);
  const parsedSeconds = phaseSecondsSchema.parse(phaseSeconds);
  return PHASES.map((phase) => ({
    phase: phase.id,
    title: phase.title,
    notes: parsedNotes[phase.id] ?? '',
    seconds: parsedSeconds[phase.id] ?? 0,
  }));
}

/** "12 min 5 s", "45 s", "0 s". */
export function formatDuration(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = Math.round(seconds % 60);
  if (minutes === 0) return `${rest} s`;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}

/** Minutes after the session started, for "hint 2 opened at 14 min". */
export function minutesInto(startedAt: Date, at: Date): number {
  return Math.max(0, Math.round((at.getTime() - startedAt.getTime()) / 60_000));
}
