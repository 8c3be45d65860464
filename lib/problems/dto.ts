import { RUBRIC_DIMENSIONS, type RubricDimension } from './catalogue';
import type { Problem } from './schema';

/**
 * The API's views of a problem. The statement, hints, follow-ups and rubric are public: rubrics are
 * published so candidates know what is expected. What answers the problem (the reference design, its
 * figures, API, data model, deep dives and pitfalls) is the solution, sent only to callers allowed to
 * see it (lib/auth/access.ts `canSeeSolution`).
 */
export interface ProblemListItem {
  slug: string;
  title: string;
  difficulty: Problem['difficulty'];
  topics: Problem['topics'];
  timeMinutes: number;
}

export interface RubricRow {
  dimension: RubricDimension;
  title: string;
  /** Level 1 (missing) to level 4 (exceptional). */
  levels: string[];
}

export type ProblemSolution = Pick<Problem, 'referenceDesign' | 'figures' | 'api' | 'dataModel' | 'deepDives' | 'pitfalls'>;

export type ProblemDetail = ProblemListItem &
  Pick<Problem, 'summary' | 'concepts' | 'prompt' | 'requirements' | 'targets' | 'scale' | 'hints' | 'followUps'> & {
    rubric: RubricRow[];
    solution?: ProblemSolution;
  };

/** One row of `GET /api/problems`. */
export function toProblemListItem(problem: Problem): ProblemListItem {
  const { slug, title, difficulty, topics, timeMinutes } = problem;
  return { slug, title, difficulty, topics, timeMinutes };
}

/** The rubric with each dimension's display title, in the problem's own order. */
export function toRubricRows(problem: Pick<Problem, 'rubric'>): RubricRow[] {
  return problem.rubric.map((entry) => {
    const dimension = entry.dimension as RubricDimension;
    return { dimension, title: RUBRIC_DIMENSIONS[dimension].title, levels: [...entry.levels] };
  });
}

/** What counts as the solution; the page shows the same parts behind the same rule. */
export function toProblemSolution(problem: Problem): ProblemSolution {
  const { referenceDesign, figures, api, dataModel, deepDives, pitfalls } = problem;
  return { referenceDesign, figures, api, dataModel, deepDives, pitfalls };
}

/** `GET /api/problems/{slug}`: the statement, with `solution` only when `includeSolution` is true. */
export function toProblemDetail(problem: Problem, options: { includeSolution: boolean }): ProblemDetail {
  const { summary, concepts, prompt, requirements, targets, scale, hints, followUps } = problem;
  return {
    ...toProblemListItem(problem),
    summary,
    concepts,
    prompt,
    requirements: { functional: requirements.functional, nonFunctional: requirements.nonFunctional },
    targets,
    scale: { assumptions: scale.assumptions, estimate: scale.estimate },
    hints,
    followUps,
    rubric: toRubricRows(problem),
    ...(options.includeSolution ? { solution: toProblemSolution(problem) } : {}),
  };
}
