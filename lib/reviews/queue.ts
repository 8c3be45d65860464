import type { QueueStatus } from './schema';

/**
 * The review queue's status and filters. A session the candidate sent for review carries its own status
 * (waiting → in review → reviewed). A mock interview's session is never "requested" (that would show it
 * to every reviewer), so its status is derived from the reviews written on it. Pure.
 */
export type SessionReviewStatus = 'none' | QueueStatus;

export interface QueueRow {
  problemSlug: string;
  reviewStatus: SessionReviewStatus;
  reviews: readonly { status: 'draft' | 'submitted' }[];
}

export function queueStatusOf(row: Pick<QueueRow, 'reviewStatus' | 'reviews'>): QueueStatus {
  if (row.reviewStatus !== 'none') return row.reviewStatus;
  if (row.reviews.some((r) => r.status === 'submitted')) return 'reviewed';
  return row.reviews.length > 0 ? 'in_review' : 'waiting';
}

export function filterQueue<R extends QueueRow>(rows: readonly R[], query: { problem?: string; status?: QueueStatus }): R[] {
  return rows.filter((row) => (!query.problem || row.problemSlug === query.problem) && (!query.status || queueStatusOf(row) === query.status));
}

/** The session status after a review is claimed: only a waiting request moves on. */
export function statusAfterClaim(current: SessionReviewStatus): SessionReviewStatus {
  return current === 'waiting' ? 'in_review' : current;
}

/** The session status after a review is submitted: a requested review is done; a mock stays unrequested. */
export function statusAfterSubmit(current: SessionReviewStatus): SessionReviewStatus {
  return current === 'none' ? 'none' : 'reviewed';
}
