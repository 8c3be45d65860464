import { describe, expect, it } from 'vitest';
import { toProblemDetail, toProblemListItem } from './dto';
import { readLibrary } from './read-library';

const problem = readLibrary().problems.find((p) => p.slug === 'url-shortener');
if (!problem) throw new Error('problems/url-shortener is missing or invalid');

const SOLUTION_KEYS = ['referenceDesign', 'figures', 'api', 'dataModel', 'deepDives', 'pitfalls'];

describe('problem DTOs', () => {
  it('lists a problem by slug, title, difficulty, topics and time only', () => {
    expect(toProblemListItem(problem)).toEqual({
      slug: 'url-shortener',
      title: problem.title,
      difficulty: problem.difficulty,
      topics: problem.topics,
      timeMinutes: problem.timeMinutes,
    });
  });

  it('sends the statement and rubric without any part of the solution', () => {
    const detail = toProblemDetail(problem, { includeSolution: false });
    expect(detail).not.toHaveProperty('solution');
    for (const key of SOLUTION_KEYS) expect(detail).not.toHaveProperty(key);
    expect(JSON.stringify(detail)).not.toContain(problem.figures[0]!.working);
    expect(detail.requirements).toEqual(problem.requirements);
    expect(detail.scale.assumptions).toEqual(problem.scale.assumptions);
    expect(detail.hints).toEqual(problem.hints);
    expect(detail.prompt).toBe(problem.prompt);
  });

  it('publishes the rubric with titles and four level descriptors per dimension', () => {
    const { rubric } = toProblemDetail(problem, { includeSolution: false });
    expect(rubric.length).toBe(problem.rubric.length);
    expect(rubric[0]).toMatchObject({ dimension: problem.rubric[0]!.dimension, levels: problem.rubric[0]!.levels });
    expect(rubric.find((r) => r.dimension === 'estimation')?.title).toBe('Back-of-the-envelope estimation');
    for (const row of rubric) expect(row.levels).toHaveLength(4);
  });

  it('adds the solution when allowed', () => {
    const { solution } = toProblemDetail(problem, { includeSolution: true });
    expect(Object.keys(solution ?? {}).sort()).toEqual([...SOLUTION_KEYS].sort());
    expect(solution?.figures).toEqual(problem.figures);
    expect(solution?.referenceDesign.nodes.length).toBeGreaterThan(0);
  });
});
