import { z } from 'zod';
import { DIFFICULTIES, TOPICS } from './catalogue';

/** A query-string value as Next passes it: first value wins, blank means "any". */
const firstValue = (value: unknown) => {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' && first.trim() !== '' ? first.trim() : undefined;
};

/**
 * The library's filters from `/problems?difficulty=&topic=&q=`. Unknown values are ignored rather than
 * refused: a stale bookmark shows the whole library instead of an error.
 */
export const problemFiltersSchema = z.object({
  difficulty: z.preprocess(firstValue, z.enum(DIFFICULTIES).optional()).catch(undefined),
  topic: z.preprocess(firstValue, z.enum(TOPICS).optional()).catch(undefined),
  q: z.preprocess(firstValue, z.string().max(100).optional()).catch(undefined),
});
export type ProblemFilters = Partial<z.infer<typeof problemFiltersSchema>>;

/** What filtering reads of a problem (a Problem or a list DTO). */
interface Filterable {
  title: string;
  summary: string;
  difficulty: string;
  topics: readonly string[];
}

function searchableText(problem: Filterable): string {
  // Topics are matched with and without their hyphen, so "rate limiting" finds `rate-limiting`.
  const topics = problem.topics.flatMap((t) => [t, t.replaceAll('-', ' ')]);
  return [problem.title, problem.summary, ...topics].join(' ').toLowerCase();
}

/**
 * The problems matching every given filter. The text query matches title, summary and topics,
 * case-insensitively; each word must appear somewhere, in any order.
 */
export function filterProblems<P extends Filterable>(problems: readonly P[], filters: ProblemFilters): P[] {
  const words = (filters.q ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  return problems.filter((problem) => {
    if (filters.difficulty && problem.difficulty !== filters.difficulty) return false;
    if (filters.topic && !problem.topics.includes(filters.topic)) return false;
    if (words.length === 0) return true;
    const text = searchableText(problem);
    return words.every((word) => text.includes(word));
  });
}

/** Whether any filter is set (for the "clear filters" link and the empty state's wording). */
export function hasActiveFilters(filters: ProblemFilters): boolean {
  return Boolean(filters.difficulty || filters.topic || filters.q);
}
