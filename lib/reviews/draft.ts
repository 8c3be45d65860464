import type { Diagram } from '@/lib/diagram/schema';
import type { ReviewDto } from './dto';
import type { Recommendation, UpdateReviewInput } from './schema';

/**
 * The review form's state and its conversions: from a saved review, to the autosave body, and to the
 * markers the canvas shows. Pure, so the form stays a thin shell around it.
 */
export interface DraftComment {
  /** Stable key for React lists; server ids change on every save (comments are replaced whole). */
  key: string;
  targetType: 'node' | 'edge';
  targetId: string;
  body: string;
}

export interface ReviewDraft {
  scores: Record<string, { level: number; comment: string }>;
  recommendation: Recommendation | null;
  summary: string;
  comments: DraftComment[];
}

export function draftFromReview(review: Pick<ReviewDto, 'scores' | 'recommendation' | 'summary' | 'comments'>): ReviewDraft {
  return {
    scores: Object.fromEntries(review.scores.map((s) => [s.dimension, { level: s.level, comment: s.comment }])),
    recommendation: review.recommendation,
    summary: review.summary,
    comments: review.comments.map((c) => ({ key: c.id, targetType: c.targetType, targetId: c.targetId, body: c.body })),
  };
}

/** The whole draft as a PATCH body: every part replaces what is saved, so saves are idempotent. */
export function draftToUpdate(draft: ReviewDraft): UpdateReviewInput {
  return {
    scores: Object.entries(draft.scores).map(([dimension, s]) => ({ dimension, level: s.level, comment: s.comment.trim() })),
    recommendation: draft.recommendation,
    summary: draft.summary.trim(),
    comments: draft.comments.map(({ targetType, targetId, body }) => ({ targetType, targetId, body: body.trim() })),
  };
}

/** "1 comment" / "3 comments" per commented node, for the canvas's node badges. */
export function commentBadges(comments: readonly Pick<DraftComment, 'targetType' | 'targetId'>[]): Record<string, string> {
  const counts: Record<string, number> = {};
  for (const c of comments) if (c.targetType === 'node') counts[c.targetId] = (counts[c.targetId] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).map(([id, n]) => [id, n === 1 ? '1 comment' : `${n} comments`]));
}

/** Ids of commented edges, to highlight them (edges have no badges). */
export function commentedEdgeIds(comments: readonly Pick<DraftComment, 'targetType' | 'targetId'>[]): string[] {
  return [...new Set(comments.filter((c) => c.targetType === 'edge').map((c) => c.targetId))];
}

export interface PinTarget {
  targetType: 'node' | 'edge';
  targetId: string;
  label: string;
}

/** Everything a comment can be pinned to, labelled for people: nodes by label, edges as "A → B". */
export function pinTargets(diagram: Diagram): PinTarget[] {
  const labelOf = (id: string) => diagram.nodes.find((n) => n.id === id)?.data.label || id;
  return [
    ...diagram.nodes.map((n) => ({ targetType: 'node' as const, targetId: n.id, label: n.data.label || n.id })),
    ...diagram.edges.map((e) => ({
      targetType: 'edge' as const,
      targetId: e.id,
      label: `${labelOf(e.source)} → ${labelOf(e.target)}${e.data?.label ? ` (${e.data.label})` : ''}`,
    })),
  ];
}

/** The label of a comment's target, or a note that it is no longer on the diagram. */
export function targetLabel(targets: readonly PinTarget[], comment: Pick<DraftComment, 'targetType' | 'targetId'>): string {
  const found = targets.find((t) => t.targetType === comment.targetType && t.targetId === comment.targetId);
  return found?.label ?? `${comment.targetType} ${comment.targetId}`;
}
