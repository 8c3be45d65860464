import type { Diagram } from '@/lib/diagram/schema';
import { RUBRIC_DIMENSIONS, type RubricDimension } from '@/lib/problems/catalogue';
import type { RubricEntry } from '@/lib/problems/schema';
import type { ReviewCommentInput, RubricScoreInput } from './schema';

/**
 * Checks of a review against the problem it scores: only the problem's own rubric dimensions may be
 * scored, comments must point at something on the diagram, and a review is complete (submittable) when
 * every dimension has a level and a recommendation is chosen. Pure; callers turn the answers into 400s.
 */

/** Field errors for scores of dimensions the problem's rubric does not have; null when all fit. */
export function scoreErrors(dimensions: readonly string[], scores: readonly Pick<RubricScoreInput, 'dimension'>[]): Record<string, string> | null {
  const errors: Record<string, string> = {};
  scores.forEach((score, i) => {
    if (!dimensions.includes(score.dimension)) errors[`scores.${i}.dimension`] = `Unknown rubric dimension "${score.dimension}"`;
  });
  return Object.keys(errors).length > 0 ? errors : null;
}

/** Field errors for comments pinned to a node or edge the diagram does not have; null when all fit. */
export function commentTargetErrors(diagram: Diagram, comments: readonly Pick<ReviewCommentInput, 'targetType' | 'targetId'>[]): Record<string, string> | null {
  const nodeIds = new Set(diagram.nodes.map((n) => n.id));
  const edgeIds = new Set(diagram.edges.map((e) => e.id));
  const errors: Record<string, string> = {};
  comments.forEach((comment, i) => {
    const ids = comment.targetType === 'node' ? nodeIds : edgeIds;
    if (!ids.has(comment.targetId)) errors[`comments.${i}.targetId`] = `The diagram has no ${comment.targetType} "${comment.targetId}"`;
  });
  return Object.keys(errors).length > 0 ? errors : null;
}

/** What still stops a draft from being submitted, as user-facing messages; empty when complete. */
export function missingForSubmit(
  dimensions: readonly string[],
  review: { scores: readonly Pick<RubricScoreInput, 'dimension'>[]; recommendation: string | null },
  titleOf: (dimension: string) => string = (d) => d,
): string[] {
  const scored = new Set(review.scores.map((s) => s.dimension));
  const missing = dimensions.filter((d) => !scored.has(d)).map((d) => `Choose a level for ${titleOf(d)}`);
  if (!review.recommendation) missing.push('Choose an overall recommendation');
  return missing;
}

/** A rubric dimension as the form and the cards show it. */
export interface RubricRow {
  dimension: string;
  title: string;
  /** The problem's descriptors, level 1 first. */
  levels: readonly string[];
}

export function dimensionTitle(dimension: string): string {
  return RUBRIC_DIMENSIONS[dimension as RubricDimension]?.title ?? dimension;
}

export function rubricRows(rubric: readonly RubricEntry[]): RubricRow[] {
  return rubric.map((entry) => ({ dimension: entry.dimension, title: dimensionTitle(entry.dimension), levels: entry.levels }));
}
