import { computeAgreement } from '@/lib/reviews/agreement';
import type { PinTarget } from '@/lib/reviews/draft';
import type { ReviewDto } from '@/lib/reviews/dto';
import { dimensionTitle, type RubricRow } from '@/lib/reviews/rubric';
import { AgreementSummary } from './agreement-summary';
import { ReviewCard } from './review-card';

/** Submitted reviews one after another, with the reviewers' agreement first when there are two or more. */
export function SubmittedReviews({ reviews, rubric, targets }: { reviews: readonly ReviewDto[]; rubric: readonly RubricRow[]; targets: readonly PinTarget[] }) {
  const agreement = computeAgreement(reviews, rubric.map((r) => r.dimension));
  return (
    <div className="flex flex-col gap-4">
      <AgreementSummary agreement={agreement} titleOf={dimensionTitle} />
      {reviews.map((review) => (
        <ReviewCard key={review.id} review={review} rubric={rubric} targets={targets} />
      ))}
    </div>
  );
}
