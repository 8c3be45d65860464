import Link from 'next/link';
import { LazyDiagramViewer } from '@/components/diagram/lazy';
import { getCurrentUser } from '@/lib/auth/session';
import { getSessionDiagram } from '@/lib/db/diagrams';
import { findSessionReviews } from '@/lib/db/reviews';
import { getSessionForActor } from '@/lib/db/sessions';
import { isExpectedError } from '@/lib/errors';
import { getProblem } from '@/lib/problems/library';
import { commentBadges, commentedEdgeIds, pinTargets } from '@/lib/reviews/draft';
import { rubricRows } from '@/lib/reviews/rubric';
import { SubmittedReviews } from './submitted-reviews';

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
  const comments = reviews.flatMap((r) => r.comments);
  return (
    <section aria-labelledby={`reviews-${sessionId}`} className="flex flex-col gap-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={`reviews-${sessionId}`} className="text-xl font-semibold text-slate-900">
          Reviews
        </h2>
        <Link href={`/sessions/${sessionId}/report`} className="text-sm font-medium text-indigo-700 underline no-print">
          Printable report
        </Link>
      </div>
      {reviews.length === 0 ? (
        <p className="text-sm text-slate-600">No reviews yet</p>
      ) : (
        <>
          {comments.length > 0 ? (
            <div className="flex flex-col gap-1">
              <h3 className="text-sm font-semibold text-slate-900">Reviewer comments on the diagram</h3>
              <LazyDiagramViewer
                diagram={diagram}
                nodeBadges={commentBadges(comments)}
                highlight={{ nodeIds: [], edgeIds: commentedEdgeIds(comments) }}
                height={420}
                ariaLabel="Diagram with reviewer comments (read-only)"
              />
            </div>
          ) : null}
          <SubmittedReviews reviews={reviews} rubric={rubricRows(getProblem(session.problemSlug)?.rubric ?? [])} targets={pinTargets(diagram)} />
        </>
      )}
    </section>
  );
}
