'use client';

import { LEVEL_NAMES } from '@/lib/problems/catalogue';
import type { ReviewDraft } from '@/lib/reviews/draft';
import type { RubricRow } from '@/lib/reviews/rubric';
import { RECOMMENDATION_LABELS, RECOMMENDATIONS, REVIEW_LIMITS, type Recommendation } from '@/lib/reviews/schema';



interface RubricFormProps {
  rubric: readonly RubricRow[];
  draft: ReviewDraft;
  onScore: (dimension: string, score: { level: number; comment: string }) => void;
  onRecommendation: (recommendation: Recommendation) => void;
  onSummary: (summary: string) => void;
}

function DimensionField({ row, score, onScore }: { row: RubricRow; score?: { level: number; comment: string }; onScore: RubricFormProps['onScore'] }) {
  const commentId = `comment-${row.dimension}`;
  return (
    <fieldset className="rounded border border-slate-200 bg-white p-3">
      <legend className="px-1 text-sm font-semibold text-slate-900">{row.title}</legend>
      <div className="flex flex-col gap-1">
        {row.levels.map((descriptor, i) => {
          const level = i + 1;
          const isChosen = score?.level === level;
          return (
            <label key={level} className={`flex cursor-pointer gap-2 rounded p-2 text-sm ${isChosen ? 'bg-indigo-50 ring-1 ring-indigo-300' : 'hover:bg-slate-50'}`}>
              <input
                type="radio"
                name={`level-${row.dimension}`}
                value={level}
                checked={isChosen}
                onChange={() => onScore(row.dimension, { level, comment: score?.comment ?? '' })}
                className="mt-1"
              />
              <span>
                <span className="font-medium">{level} · {LEVEL_NAMES[i]}</span>
                <span className="block text-slate-700">{descriptor}</span>
              </span>
            </label>
          );
        })}
      </div>
      <label htmlFor={commentId} className="mt-2 block text-xs font-medium text-slate-700">
        Comment on {row.title} (optional)
      </label>
      <textarea
        id={commentId}
        value={score?.comment ?? ''}
        maxLength={REVIEW_LIMITS.comment}
        disabled={!score}
        onChange={(e) => score && onScore(row.dimension, { level: score.level, comment: e.target.value })}
        placeholder={score ? 'What would move this up a level?' : 'Choose a level first'}
        rows={2}
        className="mt-1 w-full rounded border border-slate-300 px-2 py-1 text-sm disabled:bg-slate-50"
      />
    </fieldset>
  );
}

/** Every rubric dimension with its four level descriptors, then the recommendation and summary. */
export function RubricForm({ rubric, draft, onScore, onRecommendation, onSummary }: RubricFormProps) {
  return (
    <div className="flex flex-col gap-3">
      {rubric.map((row) => (
        <DimensionField key={row.dimension} row={row} score={draft.scores[row.dimension]} onScore={onScore} />
      ))}
      <fieldset className="rounded border border-slate-200 bg-white p-3">
        <legend className="px-1 text-sm font-semibold text-slate-900">Overall recommendation</legend>
        <div className="flex flex-wrap gap-3">
          {RECOMMENDATIONS.map((r) => (
            <label key={r} className="flex items-center gap-1 text-sm">
              <input type="radio" name="recommendation" value={r} checked={draft.recommendation === r} onChange={() => onRecommendation(r)} />
              {RECOMMENDATION_LABELS[r]}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="flex flex-col gap-1">
        <label htmlFor="review-summary" className="text-sm font-semibold text-slate-900">Summary</label>
        <textarea
          id="review-summary"
          value={draft.summary}
          maxLength={REVIEW_LIMITS.summary}
          onChange={(e) => onSummary(e.target.value)}
          rows={5}
          placeholder="Strengths, the most important gap, and what to practise next (Markdown)"
          className="w-full rounded border border-slate-300 px-2 py-1 text-sm"
        />
      </div>
    </div>
  );
}
