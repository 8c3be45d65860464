import { describe, expect, it } from 'vitest';
import { canManageUsers, canSeeSolution, sessionPermissions, type Actor, type SessionFacts } from './access';

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
