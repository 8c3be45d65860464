import 'server-only';
import { canAssignReviews, canEditReview, canReceiveReviewAssignment, canSeeReview, canUseReviewQueue, type Actor } from '@/lib/auth/access';
import { diagramSchema, type Diagram } from '@/lib/diagram/schema';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '@/lib/errors';
import { getProblem } from '@/lib/problems/library';
import { toReviewDto, type ReviewDto } from '@/lib/reviews/dto';
import { filterQueue, queueStatusOf, statusAfterClaim, statusAfterSubmit } from '@/lib/reviews/queue';
import { commentTargetErrors, dimensionTitle, missingForSubmit, scoreErrors } from '@/lib/reviews/rubric';
import type { ReviewQueueQuery, UpdateReviewInput } from '@/lib/reviews/schema';
import { getDb } from './client';
import { getSessionForActor, type SessionRow } from './sessions';

const reviewInclude = { reviewer: { select: { name: true } }, scores: true, comments: { orderBy: { createdAt: 'asc' } } } as const;

function rubricDimensionsOf(session: SessionRow): string[] {
  return getProblem(session.problemSlug)?.rubric.map((r) => r.dimension) ?? [];
}

async function loadReview(id: string): Promise<ReviewDto> {
  const db = await getDb();
  return toReviewDto(await db.review.findUniqueOrThrow({ where: { id }, include: reviewInclude }));
}

/** Who the new review is for: the caller, or (admins only) a reviewer they name. */
async function reviewerFor(actor: Actor, session: SessionRow, canReview: boolean, reviewerId?: string): Promise<string> {
  if (!reviewerId || reviewerId === actor.id) {
    if (!canReview) throw new ForbiddenError('You cannot review your own session');
    return actor.id;
  }
  if (!canAssignReviews(actor)) throw new ForbiddenError('Only admins assign reviews to others');
  const db = await getDb();
  const target = await db.user.findUnique({ where: { id: reviewerId }, select: { role: true } });
  if (!target || !canReceiveReviewAssignment(target) || reviewerId === session.userId) {
    throw new ValidationError('Reviews can be assigned to reviewers only', { reviewerId: 'Not a reviewer' });
  }
  return reviewerId;
}

/**
 * Starts a draft review: a reviewer claiming a session from the queue, an interviewer scoring their
 * interview, or an admin assigning one to a reviewer. One review per reviewer and session (409 otherwise).
 */
export async function createReview(options: { actor: Actor; sessionId: string; reviewerId?: string }): Promise<ReviewDto> {
  const { session, permissions } = await getSessionForActor(options);
  const reviewerId = await reviewerFor(options.actor, session, permissions.canReview, options.reviewerId);
  if (session.status !== 'submitted') throw new ConflictError('This session is still in progress');
  const db = await getDb();
  try {
    const review = await db.$transaction(async (tx) => {
      const created = await tx.review.create({
        data: { sessionId: session.id, reviewerId, assignedById: reviewerId === options.actor.id ? null : options.actor.id },
      });
      await tx.practiceSession.update({ where: { id: session.id }, data: { reviewStatus: statusAfterClaim(session.reviewStatus) } });
      return created;
    });
    return loadReview(review.id);
  } catch (error) {
    if ((error as { code?: string }).code !== 'P2002') throw error;
    const existing = await db.review.findUnique({ where: { sessionId_reviewerId: { sessionId: session.id, reviewerId } } });
    throw new ConflictError('This reviewer already has a review of this session', { reviewId: existing?.id });
  }
}

/** The reviews of a session the actor may see (see canSeeReview: own always, others' once submitted, blind while drafting). */
export async function findSessionReviews(options: { actor: Actor; sessionId: string }): Promise<ReviewDto[]> {
  await getSessionForActor(options);
  const db = await getDb();
  const rows = await db.review.findMany({ where: { sessionId: options.sessionId }, include: reviewInclude, orderBy: { createdAt: 'asc' } });
  const actorHasDraft = rows.some((r) => r.reviewerId === options.actor.id && r.status === 'draft');
  return rows.filter((r) => canSeeReview(options.actor, r, { actorHasDraft })).map(toReviewDto);
}

/** The actor's own review of a session, still a draft: 404 when it is not theirs, 409 once submitted. */
async function getOwnDraft(options: { actor: Actor; sessionId: string; reviewId: string }) {
  const { session } = await getSessionForActor(options);
  const db = await getDb();
  const review = await db.review.findFirst({
    where: { id: options.reviewId, sessionId: session.id, reviewerId: options.actor.id },
    include: { scores: true },
  });
  if (!review) throw new NotFoundError('Review not found');
  if (!canEditReview(options.actor, review)) throw new ConflictError('This review has been submitted and is final');
  return { session, review };
}

async function currentDiagram(sessionId: string): Promise<Diagram> {
  const db = await getDb();
  const row = await db.diagram.findUnique({ where: { sessionId } });
  return diagramSchema.parse({ nodes: row?.nodes ?? [], edges: row?.edges ?? [] });
}

async function checkDraftInput(session: SessionRow, input: UpdateReviewInput): Promise<void> {
  const errors = {
    ...(input.scores ? scoreErrors(rubricDimensionsOf(session), input.scores) : null),
    ...(input.comments ? commentTargetErrors(await currentDiagram(session.id), input.comments) : null),
  };
  const first = Object.values(errors)[0];
  if (first) throw new ValidationError(first, errors);
}

/** Autosave of a draft: fields present replace that part of it (scores and comments as whole lists). */
export async function updateReviewDraft(options: { actor: Actor; sessionId: string; reviewId: string; input: UpdateReviewInput }): Promise<ReviewDto> {
  const { session, review } = await getOwnDraft(options);
  const { scores, comments, recommendation, summary } = options.input;
  await checkDraftInput(session, options.input);
  const db = await getDb();
  await db.$transaction(async (tx) => {
    // Guarded by status so a save racing a submit cannot change a final review.
    const { count } = await tx.review.updateMany({ where: { id: review.id, status: 'draft' }, data: { recommendation, summary, updatedAt: new Date() } });
    if (count === 0) throw new ConflictError('This review has been submitted and is final');
    if (scores) {
      await tx.rubricScore.deleteMany({ where: { reviewId: review.id } });
      await tx.rubricScore.createMany({ data: scores.map((s) => ({ reviewId: review.id, ...s })) });
    }
    if (comments) {
      await tx.reviewComment.deleteMany({ where: { reviewId: review.id } });
      // One millisecond apart, so the list keeps the reviewer's order when read back by createdAt.
      const start = Date.now();
      await tx.reviewComment.createMany({ data: comments.map((c, i) => ({ reviewId: review.id, ...c, createdAt: new Date(start + i) })) });
    }
  });
  return loadReview(review.id);
}

/** Makes a complete draft final (400 listing what is missing otherwise) and marks the request reviewed. */
export async function submitReview(options: { actor: Actor; sessionId: string; reviewId: string }): Promise<ReviewDto> {
  const { session, review } = await getOwnDraft(options);
  const missing = missingForSubmit(rubricDimensionsOf(session), review, dimensionTitle);
  if (missing.length > 0) throw new ValidationError(`The review is not complete: ${missing.join('; ')}`);
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const { count } = await tx.review.updateMany({ where: { id: review.id, status: 'draft' }, data: { status: 'submitted', submittedAt: new Date() } });
    if (count === 0) throw new ConflictError('This review has already been submitted');
    const current = await tx.practiceSession.findUniqueOrThrow({ where: { id: session.id }, select: { reviewStatus: true } });
    await tx.practiceSession.update({ where: { id: session.id }, data: { reviewStatus: statusAfterSubmit(current.reviewStatus) } });
  });
  return loadReview(review.id);
}

/** Which sessions a staff member's queue holds; authorization as a query, mirroring sessionPermissions. */
function queueScope(actor: Actor) {
  const requested = { reviewStatus: { not: 'none' as const } };
  if (actor.role === 'admin') return { OR: [requested, { mockInterview: { isNot: null } }] };
  if (actor.role === 'reviewer') return { OR: [requested, { reviews: { some: { reviewerId: actor.id } } }] };
  return { mockInterview: { is: { interviewerId: actor.id } } };
}

/** The review queue: oldest request first, filtered by problem and status; empty for candidates. */
export async function findReviewQueue(options: { actor: Actor; query: Partial<ReviewQueueQuery>; take?: number }) {
  if (!canUseReviewQueue(options.actor)) return [];
  const db = await getDb();
  const rows = await db.practiceSession.findMany({
    where: { AND: [queueScope(options.actor), { status: 'submitted' }, { userId: { not: options.actor.id } }] },
    select: {
      id: true, problemSlug: true, reviewStatus: true, reviewRequestedAt: true, submittedAt: true,
      user: { select: { name: true } },
      reviews: { select: { id: true, status: true, reviewerId: true } },
    },
    orderBy: [{ reviewRequestedAt: 'asc' }, { submittedAt: 'asc' }],
    take: options.take ?? 200,
  });
  return filterQueue(rows, options.query).map((row) => {
    const own = row.reviews.find((r) => r.reviewerId === options.actor.id);
    return {
      sessionId: row.id,
      problemSlug: row.problemSlug,
      candidateName: row.user.name ?? 'Candidate',
      requestedAt: row.reviewRequestedAt ?? row.submittedAt,
      status: queueStatusOf(row),
      ownReview: own ? { id: own.id, status: own.status } : null,
    };
  });
}
export type ReviewQueueItem = Awaited<ReturnType<typeof findReviewQueue>>[number];

/** The session under review, what the actor may do with it, and its candidate's display name. */
export async function getReviewSubject(options: { actor: Actor; sessionId: string }) {
  const { session, permissions } = await getSessionForActor(options);
  const db = await getDb();
  const owner = await db.user.findUnique({ where: { id: session.userId }, select: { name: true } });
  return { session, permissions, candidateName: owner?.name ?? 'Candidate' };
}

/** Reviewers an admin may assign a session to; empty for everyone else. */
export async function findAssignableReviewers(options: { actor: Actor }) {
  if (!canAssignReviews(options.actor)) return [];
  const db = await getDb();
  return db.user.findMany({ where: { role: 'reviewer' }, select: { id: true, name: true, email: true }, orderBy: { email: 'asc' }, take: 200 });
}
