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
