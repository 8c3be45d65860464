import { z } from 'zod';
import { PHASE_IDS, type PhaseId } from './phases';

/** Notes of one phase are Markdown, bounded so one autosave body stays small. */
export const MAX_NOTE_CHARS = 20_000;

/** `notes` as stored: Markdown per phase id ("1"-"6"); anything else is dropped on read. */
export const storedNotesSchema = z.record(z.string(), z.unknown()).transform((raw) => {
  const out: Partial<Record<PhaseId, string>> = {};
  for (const id of PHASE_IDS) {
    const value = raw[String(id)];
    if (typeof value === 'string') out[id] = value.slice(0, MAX_NOTE_CHARS);
  }
  return out;
}).catch({});
export type SessionNotes = z.output<typeof storedNotesSchema>;

const phaseField = z
  .number({ error: 'phase must be a number from 1 to 6' })
  .int()
  .refine((n): n is PhaseId => (PHASE_IDS as number[]).includes(n), 'phase must be a number from 1 to 6');

/** Body of `PUT /api/sessions/{id}/notes`: one phase's notes, replaced whole. */
export const saveNotesSchema = z
  .object({
    phase: phaseField,
    markdown: z.string().max(MAX_NOTE_CHARS, `Notes of one phase are limited to ${MAX_NOTE_CHARS} characters`),
  })
  .strict();
export type SaveNotesInput = z.infer<typeof saveNotesSchema>;

/** Body of `PUT /api/sessions/{id}/phase`. */
export const changePhaseSchema = z.object({ phase: phaseField }).strict();
export type ChangePhaseInput = z.infer<typeof changePhaseSchema>;
