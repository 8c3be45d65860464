import Link from 'next/link';
import { AnalysisPanel } from '@/components/analysis/analysis-panel';
import { LazyDiagramViewer } from '@/components/diagram/lazy';
import { FigureComparison } from '@/components/estimator/figure-comparison';
import type { Diagram } from '@/lib/diagram/schema';
import type { FigureComparison as Comparison } from '@/lib/estimator/compare';
import type { SessionEstimate } from '@/lib/estimator/schema';
import type { Problem } from '@/lib/problems/schema';
import { analysisEstimateOf } from '@/lib/sessions/analysis-input';
import type { SessionDto } from '@/lib/sessions/dto';
import { RequestReviewButton } from './request-review-button';
import { SelfRatingForm, type RatingDimension } from './self-rating-form';

interface SubmittedSessionProps {
  session: SessionDto;
  problem: Problem;
  diagram: Diagram;
  estimate: SessionEstimate;
  comparison: Comparison[];
  dimensions: RatingDimension[];
}

/** The workspace once submitted: rate yourself, compare with the reference, analyse, ask for a review. */
export function SubmittedSession({ session, problem, diagram, estimate, comparison, dimensions }: SubmittedSessionProps) {
  return (
    <div className="flex flex-col gap-8">
      <header className="flex flex-col gap-1">
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{problem.title}: submitted</h1>
        <p className="text-slate-700">
          Your work is saved and frozen. Rate yourself, compare with the reference, then ask for a review if you want one.{' '}
          <Link href={`/sessions/${session.id}`} className="text-indigo-700 underline">See the full session record</Link>
        </p>
      </header>
      <section aria-labelledby="rate-title" className="flex flex-col gap-3">
        <h2 id="rate-title" className="text-xl font-semibold text-slate-900">Rate yourself</h2>
        <SelfRatingForm sessionId={session.id} dimensions={dimensions} initial={session.selfRatings ?? {}} />
      </section>
      <section aria-labelledby="compare-title" className="flex flex-col gap-3">
        <h2 id="compare-title" className="text-xl font-semibold text-slate-900">Your design and the reference</h2>
        <div className="grid grid-cols-1 gap-4 xl:grid-cols-2">
          <div className="flex flex-col gap-2">
            <h3 className="font-semibold text-slate-900">Your diagram</h3>
            <LazyDiagramViewer diagram={diagram} ariaLabel="Your diagram (read-only)" />
          </div>
          <div className="flex flex-col gap-2">
            <h3 className="font-semibold text-slate-900">Reference design</h3>
            <LazyDiagramViewer diagram={problem.referenceDesign} ariaLabel="Reference design (read-only)" />
          </div>
        </div>
      </section>
      <section aria-labelledby="figures-title" className="flex flex-col gap-3">
        <h2 id="figures-title" className="text-xl font-semibold text-slate-900">Your estimates</h2>
        {comparison.length > 0 ? <FigureComparison rows={comparison} /> : <p className="text-slate-700">This problem has no reference figures to compare with.</p>}
      </section>
      <div className="rounded border border-slate-200 bg-white">
        <AnalysisPanel diagram={diagram} estimate={analysisEstimateOf(estimate)} targets={problem.targets} />
      </div>
      <section aria-labelledby="review-title" className="flex flex-col gap-3">
        <h2 id="review-title" className="text-xl font-semibold text-slate-900">Human review</h2>
        <p className="text-slate-700">A reviewer scores your design on the same rubric; their scores appear beside yours on your progress page.</p>
        <RequestReviewButton sessionId={session.id} initialStatus={session.reviewStatus} />
      </section>
    </div>
  );
}
