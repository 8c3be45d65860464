import 'server-only';
import { notFound } from 'next/navigation';
import type { Actor } from '@/lib/auth/access';
import { findDiagramRevisions } from '@/lib/db/diagrams';
import { findSessionReviews, getSessionWork } from '@/lib/db/reviews';
import { NotFoundError } from '@/lib/errors';
import { candidateFigures } from '@/lib/estimator/session-estimate';
import { getProblem } from '@/lib/problems/library';
import { reviewSuggestions } from '@/lib/reviews/suggestions';
import { phaseWork } from '@/lib/reviews/work';

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
    const work = await getSessionWork({ actor, sessionId });
    const problem = getProblem(work.session.problemSlug);
    if (!work.permissions.canReview || !problem) notFound();
    const [reviews, revisions] = await Promise.all([findSessionReviews({ actor, sessionId }), findDiagramRevisions({ actor, sessionId })]);
    const figures = candidateFigures(work.estimate);
    return {
      ...work,
      problem,
      ownReview: reviews.find((r) => r.reviewer.id === actor.id) ?? null,
      revisions,
      phases: phaseWork(work.session.notes, work.session.phaseSeconds),
      findings: suggestionsOrNone({ diagram: work.diagram, figures, targets: problem.targets }),
    };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
