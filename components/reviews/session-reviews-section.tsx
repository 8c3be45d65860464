import { LazyDiagramViewer } from '@/components/diagram/lazy';
import { getCurrentUser } from '@/lib/auth/session';
import { getSessionDiagram } from '@/lib/db/diagrams';
import { findSessionReviews } from '@/lib/db/reviews';
import { getSessionForActor } from '@/lib/db/sessions';
import { isExpectedError } from '@/lib/errors';
import { getProblem } from '@/lib/problems/library';
import { computeAgreement } from '@/lib/reviews/agreement';
import { commentBadges, commentedEdgeIds, pinTargets } from '@/lib/reviews/draft';
import { dimensionTitle, rubricRows } from '@/lib/reviews/rubric';
import { AgreementSummary } from './agreement-summary';
import { ReviewCard } from './review-card';

async function loadSubmitted(sessionId: string) {
  const user = await getCurrentUser();
  if (!user) return null;
  try {
    const { session } = await getSessionForActor({ actor: user, sessionId });
    const [reviews, diagram] = await Promise.all([findSessionReviews({ actor: user, sessionId }), getSessionDiagram({ actor: user, sessionId })]);
    return { session, diagram, reviews: reviews.filter((r) => r.status === 'submitted') };
  } catch (error) {
    if (isExpectedError(error)) return null;
    throw error;
  }
}

/**
 * Submitted reviews of a session, for its candidate (and staff who may read it): the diagram with every
 * review's comments as markers, each review with levels and descriptors, and agreement when two or more.
 */
export async function SessionReviewsSection({ sessionId }: { sessionId: string }) {
  const data = await loadSubmitted(sessionId);
  if (!data) return null;
  const { session, diagram, reviews } = data;
  const rubric = rubricRows(getProblem(session.problemSlug)?.rubric ?? []);
  const targets = pinTargets(diagram);
  const comments = reviews.flatMap((r) => r.comments);
  const agreement = computeAgreement(reviews, rubric.map((r) => r.dimension));
  return (
    <section aria-labelledby={`reviews-${sessionId}`} className="flex flex-col gap-4">
      <h2 id={`reviews-${sessionId}`} className="text-lg font-semibold">
        Reviews
      </h2>
      {reviews.length === 0 ? (
        <p className="text-sm text-slate-600">No reviews yet</p>
      ) : (
        <>
          {comments.length > 0 ? (
            <div className="flex flex-col gap-1">
              <h3 className="text-sm font-semibold text-slate-900">Reviewer comments on your diagram</h3>
              <LazyDiagramViewer
                diagram={diagram}
                nodeBadges={commentBadges(comments)}
                highlight={{ nodeIds: [], edgeIds: commentedEdgeIds(comments) }}
                height={420}
                ariaLabel="Your diagram with reviewer comments (read-only)"
              />
            </div>
          ) : null}
          <AgreementSummary agreement={agreement} titleOf={dimensionTitle} />
          {reviews.map((review) => (
            <ReviewCard key={review.id} review={review} rubric={rubric} targets={targets} />
          ))}
        </>
      )}
    </section>
  );
}
