import type { InterviewStatus } from './schema';

/** The fields of an interview row the DTO reads (a structural type, so this file stays free of Prisma). */
export interface InterviewDtoSource {
  id: string;
  interviewerId: string;
  candidateId: string | null;
  problemSlug: string;
  scheduledAt: Date;
  durationMinutes: number;
  status: InterviewStatus;
  currentPhase: number;
  sessionId: string | null;
  privateNotes: string;
  interviewer: { name: string | null };
  candidate: { name: string | null } | null;
}

/**
 * The API's view of an interview for one of its two people. Private notes are the interviewer's alone:
 * they are left out for the candidate here and never enter the shared room document.
 */
export function toInterviewDto(row: InterviewDtoSource, viewerId: string, options: { withNotes?: boolean } = {}) {
  const isInterviewer = row.interviewerId === viewerId;
  return {
    id: row.id,
    problemSlug: row.problemSlug,
    scheduledAt: row.scheduledAt.toISOString(),
    durationMinutes: row.durationMinutes,
    status: row.status,
    role: isInterviewer ? ('interviewer' as const) : ('candidate' as const),
    interviewerName: row.interviewer.name,
    candidateName: row.candidate?.name ?? null,
    hasCandidate: row.candidateId !== null,
    currentPhase: row.currentPhase,
    sessionId: row.status === 'ended' ? row.sessionId : null,
    ...(isInterviewer && options.withNotes ? { privateNotes: row.privateNotes } : {}),
  };
}
export type InterviewDto = ReturnType<typeof toInterviewDto>;

/** Where the interviewer scores the frozen session against the rubric (the review workflow's page). */
export function reviewScoringPath(sessionId: string): string {
  return `/reviews/${sessionId}`;
}
