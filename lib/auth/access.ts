import type { Role } from './roles';

/**
 * Scaleboard's authorization policy: every route handler, server action and page asks here. Pure, so the
 * whole matrix is unit-tested; lib/db applies it to what it loads. A resource the caller may not read is
 * reported as missing (404), never as forbidden, so ids of others' work leak nothing.
 */
export interface Actor {
  id: string;
  role: Role;
}

export function hasRole(actor: Actor | null, ...roles: Role[]): actor is Actor {
  return actor !== null && roles.includes(actor.role);
}

/** What decides access to a practice session. */
export interface SessionFacts {
  ownerId: string;
  /** The candidate asked for review (any status but `none`). */
  isReviewRequested: boolean;
  /** Interviewer of the mock interview this session records, if any. */
  interviewerId: string | null;
  /** Reviewers who have a review on it (claimed or assigned by an admin). */
  reviewerIds: readonly string[];
}

export interface SessionPermissions {
  canRead: boolean;
  /** Change the work itself: diagram, notes, estimate, submit, delete. */
  canEditWork: boolean;
  /** Write a review of it. */
  canReview: boolean;
}

export function sessionPermissions(actor: Actor | null, facts: SessionFacts): SessionPermissions {
  if (!actor) return { canRead: false, canEditWork: false, canReview: false };
  const isOwner = actor.id === facts.ownerId;
  const isAssignedReviewer = facts.reviewerIds.includes(actor.id);
  const isReviewer = actor.role === 'reviewer' && (facts.isReviewRequested || isAssignedReviewer);
  const isInterviewer = facts.interviewerId !== null && facts.interviewerId === actor.id;
  const isAdmin = actor.role === 'admin';
  return {
    canRead: isOwner || isReviewer || isInterviewer || isAdmin,
    canEditWork: isOwner,
    canReview: !isOwner && (isReviewer || isInterviewer || isAdmin),
  };
}

/** Reference designs and figures: staff always; a candidate once they tried (submitted) or chose to look. */
export function canSeeSolution(actor: Actor | null, facts: { hasSubmittedAttempt: boolean; hasRevealed: boolean }): boolean {
  if (!actor) return false;
  if (hasRole(actor, 'reviewer', 'interviewer', 'admin')) return true;
  return facts.hasSubmittedAttempt || facts.hasRevealed;
}

export const canManageUsers = (actor: Actor | null) => hasRole(actor, 'admin');
export const canConductInterviews = (actor: Actor | null) => hasRole(actor, 'interviewer', 'admin');
export const canUseReviewQueue = (actor: Actor | null) => hasRole(actor, 'reviewer', 'interviewer', 'admin');
export const canAssignReviews = (actor: Actor | null) => hasRole(actor, 'admin');

/** What decides access to one review. */
export interface ReviewFacts {
  reviewerId: string;
  status: 'draft' | 'submitted';
}

/** Scores and comments change only by their author and only until submitted; then the review is final. */
export function canEditReview(actor: Actor | null, review: ReviewFacts): boolean {
  return actor !== null && actor.id === review.reviewerId && review.status === 'draft';
}

/**
 * Among the reviews of a session the actor may read: their own always; others' only once submitted, so
 * a candidate never sees a half-written draft. Scoring is blind: while the actor still has a draft of
 * their own, others' reviews stay hidden, so one reviewer's levels cannot anchor another's.
 */
export function canSeeReview(actor: Actor | null, review: ReviewFacts, context: { actorHasDraft: boolean } = { actorHasDraft: false }): boolean {
  if (actor === null) return false;
  if (actor.id === review.reviewerId) return true;
  return review.status === 'submitted' && !context.actorHasDraft;
}

/** Only reviewers may be assigned a review: assignment is what lets them read a session not in the queue. */
export const canReceiveReviewAssignment = (user: { role: Role }) => user.role === 'reviewer';

/** What decides access to a mock interview. */
export interface InterviewFacts {
  interviewerId: string;
  /** Null until someone claims the invite link. */
  candidateId: string | null;
}

export interface InterviewPermissions {
  /** See it in a list, open its page and join its live room. */
  canJoin: boolean;
  /** Run it: clock, phases, hints, private notes, reference design and rubric; reschedule, cancel, end. */
  isInterviewer: boolean;
}

/**
 * Only the two people in an interview may see or join it. Being its interviewer is about the person, not
 * the role: an interviewer who loses the role still owns the interviews they created. Admins get nothing
 * extra, so private notes stay between the interviewer and their own browser.
 */
export function interviewPermissions(actor: Actor | null, facts: InterviewFacts): InterviewPermissions {
  if (!actor) return { canJoin: false, isInterviewer: false };
  const isInterviewer = actor.id === facts.interviewerId;
  const isCandidate = facts.candidateId !== null && actor.id === facts.candidateId;
  return { canJoin: isInterviewer || isCandidate, isInterviewer };
}

/** An invite link admits the first signed-in person other than the interviewer, then nobody else. */
export function canClaimInvite(actor: Actor | null, facts: InterviewFacts & { status: string }): boolean {
  if (!actor || actor.id === facts.interviewerId) return false;
  if (facts.status === 'ended' || facts.status === 'cancelled') return false;
  return facts.candidateId === null || facts.candidateId === actor.id;
}
