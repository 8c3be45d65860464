import { z } from 'zod';

/** Interview lengths an interviewer can pick. */
export const INTERVIEW_DURATIONS = [30, 45, 60, 90] as const;

const durationMinutes = z
  .number()
  .int()
  .refine((m) => (INTERVIEW_DURATIONS as readonly number[]).includes(m), 'durationMinutes must be 30, 45, 60 or 90');

/** ISO date-time strings from forms and scripts; far past or future dates are typos. */
const scheduledAt = z.coerce
  .date({ error: 'scheduledAt must be a date and time' })
  .refine((d) => Math.abs(d.getTime() - Date.now()) < 366 * 86_400_000, 'scheduledAt must be within a year');

/** Body of `POST /api/interviews`. */
export const createInterviewSchema = z
  .object({
    problemSlug: z.string().trim().min(1, 'problemSlug is required').max(100),
    scheduledAt,
    durationMinutes,
  })
  .strict();
export type CreateInterviewInput = z.infer<typeof createInterviewSchema>;

/** Body of `PATCH /api/interviews/{id}`: reschedule. */
export const rescheduleInterviewSchema = z
  .object({ scheduledAt: scheduledAt.optional(), durationMinutes: durationMinutes.optional() })
  .strict()
  .refine((b) => b.scheduledAt !== undefined || b.durationMinutes !== undefined, 'Nothing to change');
export type RescheduleInterviewInput = z.infer<typeof rescheduleInterviewSchema>;

export const CONTROL_ACTIONS = ['start', 'pause', 'resume', 'next-phase', 'previous-phase'] as const;
export type ControlAction = (typeof CONTROL_ACTIONS)[number];

/** Body of `POST /api/interviews/{id}/control`: the interviewer drives the clock and the phase. */
export const controlInterviewSchema = z.object({ action: z.enum(CONTROL_ACTIONS) }).strict();

/** Body of `PUT /api/interviews/{id}/notes`: the interviewer's private notes. */
export const MAX_PRIVATE_NOTES = 20_000;
export const privateNotesSchema = z.object({ notes: z.string().max(MAX_PRIVATE_NOTES) }).strict();

/** Body of `POST /api/interviews/{id}/hints`: send one of the problem's hints to the candidate. */
export const sendHintSchema = z.object({ hintIndex: z.number().int().min(0).max(50) }).strict();

/** The join form (the page's server action); the API body is the same, strict. */
export const joinInviteFormSchema = z.object({ token: z.string().trim().min(20).max(100) });
/** Body of `POST /api/interviews/join`. */
export const joinInterviewSchema = joinInviteFormSchema.strict();

export const interviewIdParamsSchema = z.object({ id: z.string().min(1).max(64) });

export const INTERVIEW_STATUSES = ['scheduled', 'live', 'ended', 'cancelled'] as const;
export type InterviewStatus = (typeof INTERVIEW_STATUSES)[number];
