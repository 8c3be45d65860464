import { RUBRIC_DIMENSIONS, RUBRIC_DIMENSION_IDS, type RubricDimension } from '@/lib/problems/catalogue';
import { PHASES, phaseBudgets, type PhaseId } from '@/lib/sessions/phases';

/** One session as progress sees it (stored JSON already parsed). */
export interface ProgressSession {
  id: string;
  problemSlug: string;
  status: 'in_progress' | 'submitted';
  submittedAt: Date | null;
  selfRatings: Partial<Record<RubricDimension, number>>;
  phaseSeconds: Partial<Record<PhaseId, number>>;
  /** The time the session's phases are budgeted against (its limit, or the problem's suggested time). */
  budgetSeconds: number;
}

export interface ReviewerScore {
  sessionId: string;
  dimension: string;
  level: number;
}

export interface ScorePoint {
  sessionId: string;
  problemSlug: string;
  /** ISO date of the submission. */
  date: string;
  self: number | null;
  /** Mean of the submitted reviews' levels for this dimension. */
  reviewer: number | null;
}

const mean = (values: number[]) => (values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length);

/** Mean reviewer level per session and dimension. */
export function reviewerMeans(scores: readonly ReviewerScore[]): Map<string, Partial<Record<string, number>>> {
  const grouped = new Map<string, Map<string, number[]>>();
  for (const s of scores) {
    const bySession = grouped.get(s.sessionId) ?? new Map<string, number[]>();
    bySession.set(s.dimension, [...(bySession.get(s.dimension) ?? []), s.level]);
    grouped.set(s.sessionId, bySession);
  }
  const out = new Map<string, Partial<Record<string, number>>>();
  for (const [sessionId, dims] of grouped) {
    out.set(sessionId, Object.fromEntries([...dims].map(([d, levels]) => [d, mean(levels) ?? 0])));
  }
  return out;
}

/** Per rubric dimension, one point per submitted session that has a self-rating or a reviewer score. */
export function scoreSeries(sessions: readonly ProgressSession[], scores: readonly ReviewerScore[]): Record<RubricDimension, ScorePoint[]> {
  const reviewer = reviewerMeans(scores);
  const submitted = sessions
    .filter((s) => s.status === 'submitted' && s.submittedAt)
    .sort((a, b) => (a.submittedAt?.getTime() ?? 0) - (b.submittedAt?.getTime() ?? 0));
  const series = {} as Record<RubricDimension, ScorePoint[]>;
  for (const dimension of RUBRIC_DIMENSION_IDS) {
    series[dimension] = submitted.flatMap((s) => {
      const self = s.selfRatings[dimension] ?? null;
      const theirs = reviewer.get(s.id)?.[dimension] ?? null;
      if (self === null && theirs === null) return [];
      return [{ sessionId: s.id, problemSlug: s.problemSlug, date: (s.submittedAt as Date).toISOString(), self, reviewer: theirs }];
    });
  }
  return series;
}

/** Distinct problems tried, and those with at least one submitted session. */
export function problemCounts(sessions: readonly ProgressSession[]): { attempted: number; completed: number } {
  return {
    attempted: new Set(sessions.map((s) => s.problemSlug)).size,
    completed: new Set(sessions.filter((s) => s.status === 'submitted').map((s) => s.problemSlug)).size,
  };
}

export interface PhaseAverage {
  phase: PhaseId;
  title: string;
  averageSeconds: number;
  budgetSeconds: number;
}

/** Average time per phase over submitted sessions, against the average suggested budget. */
export function phaseAverages(sessions: readonly ProgressSession[]): PhaseAverage[] {
  const done = sessions.filter((s) => s.status === 'submitted');
  return PHASES.map((phase) => ({
    phase: phase.id,
    title: phase.title,
    averageSeconds: Math.round(mean(done.map((s) => s.phaseSeconds[phase.id] ?? 0)) ?? 0),
    budgetSeconds: Math.round(mean(done.map((s) => phaseBudgets(s.budgetSeconds)[phase.id])) ?? 0),
  }));
}

export interface WeakDimension {
  dimension: RubricDimension;
  title: string;
  average: number;
  concepts: readonly string[];
}

/**
 * The weakest dimensions by the mean of every score given (self and reviewer alike), lowest first, with
 * the concept guides that help. Only dimensions scored at least once, and below the top level.
 */
export function weakestDimensions(series: Record<RubricDimension, ScorePoint[]>, limit = 3): WeakDimension[] {
  return RUBRIC_DIMENSION_IDS.flatMap((dimension) => {
    const levels = series[dimension].flatMap((p) => [p.self, p.reviewer].filter((v): v is number => v !== null));
    const average = mean(levels);
    if (average === null || average >= 4) return [];
    const { title, concepts } = RUBRIC_DIMENSIONS[dimension];
    return [{ dimension, title, average, concepts }];
  })
    .sort((a, b) => a.average - b.average)
    .slice(0, limit);
}
