import { describe, expect, it } from 'vitest';
import {
  canClaimInvite,
  canEditReview,
  canManageUsers,
  canReceiveReviewAssignment,
  canSeeReview,
  canSeeSolution,
  interviewPermissions,
  sessionPermissions,
  type Actor,
  type SessionFacts,
} from './access';

const owner: Actor = { id: 'owner', role: 'candidate' };
const otherCandidate: Actor = { id: 'other', role: 'candidate' };
const reviewer: Actor = { id: 'rev', role: 'reviewer' };
const interviewer: Actor = { id: 'int', role: 'interviewer' };
const admin: Actor = { id: 'adm', role: 'admin' };
const facts = (over: Partial<SessionFacts> = {}): SessionFacts => ({
  ownerId: 'owner',
  isReviewRequested: false,
  interviewerId: null,
  reviewerIds: [],
  ...over,
});

describe('sessionPermissions', () => {
  it('lets the owner read and edit, and nobody else edit', () => {
    expect(sessionPermissions(owner, facts())).toEqual({ canRead: true, canEditWork: true, canReview: false });
    for (const actor of [otherCandidate, reviewer, interviewer, admin]) {
      expect(sessionPermissions(actor, facts({ isReviewRequested: true })).canEditWork).toBe(false);
    }
  });

  it('hides a session from anonymous callers and other candidates', () => {
    expect(sessionPermissions(null, facts()).canRead).toBe(false);
    expect(sessionPermissions(otherCandidate, facts({ isReviewRequested: true })).canRead).toBe(false);
  });

  it('shows a session to reviewers only once review is requested or they are assigned', () => {
    expect(sessionPermissions(reviewer, facts()).canRead).toBe(false);
    expect(sessionPermissions(reviewer, facts({ isReviewRequested: true }))).toEqual({ canRead: true, canEditWork: false, canReview: true });
    expect(sessionPermissions(reviewer, facts({ reviewerIds: ['rev'] })).canRead).toBe(true);
  });

  it('shows interviewers only the sessions of their own interviews', () => {
    expect(sessionPermissions(interviewer, facts({ isReviewRequested: true })).canRead).toBe(false);
    expect(sessionPermissions(interviewer, facts({ interviewerId: 'int' }))).toEqual({ canRead: true, canEditWork: false, canReview: true });
    expect(sessionPermissions(interviewer, facts({ interviewerId: 'someone-else' })).canRead).toBe(false);
  });

  it('lets admins read and review everything', () => {
    expect(sessionPermissions(admin, facts())).toEqual({ canRead: true, canEditWork: false, canReview: true });
  });
});

describe('canSeeSolution', () => {
  it('hides the solution from a candidate until they submitted or revealed', () => {
    expect(canSeeSolution(owner, { hasSubmittedAttempt: false, hasRevealed: false })).toBe(false);
    expect(canSeeSolution(owner, { hasSubmittedAttempt: true, hasRevealed: false })).toBe(true);
    expect(canSeeSolution(owner, { hasSubmittedAttempt: false, hasRevealed: true })).toBe(true);
    expect(canSeeSolution(null, { hasSubmittedAttempt: true, hasRevealed: true })).toBe(false);
  });

  it('always shows it to staff', () => {
    for (const actor of [reviewer, interviewer, admin]) {
      expect(canSeeSolution(actor, { hasSubmittedAttempt: false, hasRevealed: false })).toBe(true);
    }
  });
});

describe('canManageUsers', () => {
  it('is for admins only', () => {
    expect(canManageUsers(admin)).toBe(true);
    expect(canManageUsers(reviewer)).toBe(false);
    expect(canManageUsers(null)).toBe(false);
  });
});

describe('review rules', () => {
  const draft = { reviewerId: 'rev', status: 'draft' as const };
  const submitted = { reviewerId: 'rev', status: 'submitted' as const };

  it('lets only the author edit, and only while the review is a draft', () => {
    expect(canEditReview(reviewer, draft)).toBe(true);
    expect(canEditReview(reviewer, submitted)).toBe(false);
    for (const actor of [null, owner, admin, interviewer, { id: 'rev2', role: 'reviewer' as const }]) {
      expect(canEditReview(actor, draft)).toBe(false);
    }
  });

  it('shows drafts to their author only, submitted reviews to every reader', () => {
    expect(canSeeReview(reviewer, draft)).toBe(true);
    expect(canSeeReview(owner, draft)).toBe(false);
    expect(canSeeReview(admin, draft)).toBe(false);
    expect(canSeeReview(owner, submitted)).toBe(true);
    expect(canSeeReview(null, submitted)).toBe(false);
  });

  it('keeps scoring blind: a reviewer with a draft of their own sees no one else’s review yet', () => {
    const othersSubmitted = { reviewerId: 'someone-else', status: 'submitted' as const };
    expect(canSeeReview(reviewer, othersSubmitted, { actorHasDraft: true })).toBe(false);
    expect(canSeeReview(reviewer, othersSubmitted, { actorHasDraft: false })).toBe(true);
    expect(canSeeReview(reviewer, draft, { actorHasDraft: true })).toBe(true);
  });

  it('assigns reviews to reviewers only', () => {
    expect(canReceiveReviewAssignment(reviewer)).toBe(true);
    expect(canReceiveReviewAssignment(interviewer)).toBe(false);
    expect(canReceiveReviewAssignment(otherCandidate)).toBe(false);
  });
});

describe('interview rules', () => {
  const facts = { interviewerId: 'int', candidateId: 'owner' };

  it('lets only the interviewer and the candidate join, and only the interviewer run it', () => {
    expect(interviewPermissions(interviewer, facts)).toEqual({ canJoin: true, isInterviewer: true });
    expect(interviewPermissions(owner, facts)).toEqual({ canJoin: true, isInterviewer: false });
    for (const actor of [null, otherCandidate, reviewer, admin, { id: 'int2', role: 'interviewer' as const }]) {
      expect(interviewPermissions(actor, facts)).toEqual({ canJoin: false, isInterviewer: false });
    }
  });

  it('admits nobody but the interviewer before the invite is claimed', () => {
    const open = { interviewerId: 'int', candidateId: null };
    expect(interviewPermissions(owner, open).canJoin).toBe(false);
    expect(interviewPermissions(interviewer, open).canJoin).toBe(true);
  });

  it('lets the first person claim an invite, then only them, and never the interviewer', () => {
    const open = { interviewerId: 'int', candidateId: null, status: 'scheduled' };
    expect(canClaimInvite(owner, open)).toBe(true);
    expect(canClaimInvite(interviewer, open)).toBe(false);
    expect(canClaimInvite(null, open)).toBe(false);
    const claimed = { ...open, candidateId: 'owner' };
    expect(canClaimInvite(owner, claimed)).toBe(true);
    expect(canClaimInvite(otherCandidate, claimed)).toBe(false);
    expect(canClaimInvite(owner, { ...open, status: 'cancelled' })).toBe(false);
    expect(canClaimInvite(owner, { ...open, status: 'ended' })).toBe(false);
  });
});
