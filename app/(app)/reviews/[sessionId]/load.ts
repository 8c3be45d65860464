import 'server-only';
import { notFound } from 'next/navigation';
import type { Actor } from '@/lib/auth/access';
import { findDiagramRevisions } from '@/lib/db/diagrams';
import { findSessionReviews, getReviewSubject } from '@/lib/db/reviews';
import { NotFoundError } from '@/lib/errors';
import { candidateFigures } from '@/lib/estimator/session-estimate';
import { getProblem } from '@/lib/problems/library';
import { reviewSuggestions } from '@/lib/reviews/suggestions';
import { loadSessionRecord } from '@/lib/sessions/load-history';

function suggestionsOrNone(...args: Parameters<typeof reviewSuggestions>) {
  try {
    return reviewSuggestions(...args);
  } catch (error) {
    // Suggestions are an aid: a failing check must not keep the reviewer from the review.
    console.error('[reviews] design analysis failed', error);
    return [];
  }
}

/** Everything the review page shows; 404 for anyone who may not review the session. */
export async function loadReviewPage(actor: Actor, sessionId: string) {
  try {
    const subject = await getReviewSubject({ actor, sessionId });
    const problem = getProblem(subject.session.problemSlug);
    if (!subject.permissions.canReview || !problem) notFound();
    const [record, reviews, revisions] = await Promise.all([
      loadSessionRecord({ actor, sessionId }),
      findSessionReviews({ actor, sessionId }),
      findDiagramRevisions({ actor, sessionId }),
    ]);
    return {
      ...subject,
      problem,
      record,
      ownReview: reviews.find((r) => r.reviewer.id === actor.id) ?? null,
      revisions,
      findings: suggestionsOrNone({ diagram: record.diagram, figures: candidateFigures(record.estimate), targets: problem.targets }),
    };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
