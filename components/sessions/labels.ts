import type { SessionDto } from '@/lib/sessions/dto';

export const MODE_LABEL: Record<SessionDto['mode'], string> = { timed: 'Timed', untimed: 'Untimed', mock: 'Mock interview' };
export const STATUS_LABEL: Record<SessionDto['status'], string> = { in_progress: 'In progress', submitted: 'Submitted' };
export const REVIEW_LABEL: Record<SessionDto['reviewStatus'], string> = {
  none: 'Not requested',
  waiting: 'Waiting for a reviewer',
  in_review: 'In review',
  reviewed: 'Reviewed',
};

/** "2.5 / 4", or an em dash when there is no score. */
export const scoreText = (value: number | null) => (value === null ? '—' : `${Math.round(value * 10) / 10} / 4`);
