import { InlineMarkdown, Markdown } from '@/components/markdown/markdown';
import { LEVEL_NAMES } from '@/lib/problems/catalogue';
import type { PinTarget } from '@/lib/reviews/draft';
import type { ReviewDto } from '@/lib/reviews/dto';
import { RECOMMENDATION_LABELS } from '@/lib/reviews/schema';
import { CommentList } from './comment-list';
import type { RubricRow } from '@/lib/reviews/rubric';

interface ReviewCardProps {
  review: ReviewDto;
  rubric: readonly RubricRow[];
  targets: readonly PinTarget[];
  /** Heading level of the card's title, to fit the page around it. */
  level?: 2 | 3;
}

/** One submitted review as the candidate reads it: levels with their descriptors, comments, verdict, summary. */
export function ReviewCard({ review, rubric, targets, level = 3 }: ReviewCardProps) {
  const Heading = level === 2 ? 'h2' : 'h3';
  const Sub = level === 2 ? 'h3' : 'h4';
  const scoreOf = (dimension: string) => review.scores.find((s) => s.dimension === dimension);
  const submitted = review.submittedAt ? new Date(review.submittedAt).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' }) : null;
  return (
    <article aria-labelledby={`review-${review.id}`} className="flex flex-col gap-3 rounded border border-slate-200 bg-white p-4 break-inside-avoid">
      <header className="flex flex-wrap items-baseline justify-between gap-2">
        <Heading id={`review-${review.id}`} className="text-base font-semibold text-slate-900">
          Review by {review.reviewer.name}
        </Heading>
        <p className="text-sm text-slate-700">
          {review.recommendation ? <strong>{RECOMMENDATION_LABELS[review.recommendation]}</strong> : 'No recommendation'}
          {submitted ? ` · ${submitted}` : ''}
        </p>
      </header>
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Scores by rubric dimension</caption>
        <thead className="bg-slate-100 text-xs uppercase tracking-wide text-slate-700">
          <tr>
            <th scope="col" className="px-2 py-1">Dimension</th>
            <th scope="col" className="px-2 py-1">Level</th>
            <th scope="col" className="px-2 py-1">What it means</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {rubric.map((row) => {
            const score = scoreOf(row.dimension);
            const descriptor = score ? row.levels[score.level - 1] : undefined;
            return (
              <tr key={row.dimension} className="align-top">
                <th scope="row" className="px-2 py-2 font-medium text-slate-900">{row.title}</th>
                <td className="whitespace-nowrap px-2 py-2">{score ? `${score.level} · ${LEVEL_NAMES[score.level - 1]}` : '—'}</td>
                <td className="px-2 py-2 text-slate-700">
                  {descriptor ? <InlineMarkdown>{descriptor}</InlineMarkdown> : null}
                  {score?.comment ? <p className="mt-1 text-slate-900">“{score.comment}”</p> : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {review.summary ? (
        <div>
          <Sub className="text-sm font-semibold text-slate-900">Summary</Sub>
          <Markdown minHeadingLevel={level + 2} className="text-sm">{review.summary}</Markdown>
        </div>
      ) : null}
      <CommentList comments={review.comments.map((c) => ({ ...c, key: c.id }))} targets={targets} />
    </article>
  );
}
