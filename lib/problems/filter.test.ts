import { describe, expect, it } from 'vitest';
import { filterProblems, hasActiveFilters, problemFiltersSchema } from './filter';

const problems = [
  { title: 'Design a URL Shortener', summary: 'Short links and redirects.', difficulty: 'easy', topics: ['hashing', 'caching'] },
  { title: 'Design a Rate Limiter', summary: 'Token buckets at the edge.', difficulty: 'medium', topics: ['rate-limiting', 'caching'] },
  { title: 'Design a Chat System', summary: 'Messages delivered in order.', difficulty: 'hard', topics: ['real-time', 'messaging'] },
] as const;
const titles = (filters: Parameters<typeof filterProblems>[1]) => filterProblems(problems, filters).map((p) => p.title);

describe('filterProblems', () => {
  it('returns everything without filters', () => {
    expect(titles({})).toHaveLength(3);
  });

  it('filters by difficulty and topic, combined', () => {
    expect(titles({ difficulty: 'medium' })).toEqual(['Design a Rate Limiter']);
    expect(titles({ topic: 'caching' })).toEqual(['Design a URL Shortener', 'Design a Rate Limiter']);
    expect(titles({ topic: 'caching', difficulty: 'easy' })).toEqual(['Design a URL Shortener']);
    expect(titles({ topic: 'messaging', difficulty: 'easy' })).toEqual([]);
  });

  it('searches title, summary and topics case-insensitively, every word anywhere', () => {
    expect(titles({ q: 'CHAT' })).toEqual(['Design a Chat System']);
    expect(titles({ q: 'token' })).toEqual(['Design a Rate Limiter']);
    expect(titles({ q: 'rate limiting' })).toEqual(['Design a Rate Limiter']);
    expect(titles({ q: 'real-time' })).toEqual(['Design a Chat System']);
    expect(titles({ q: 'redirects url' })).toEqual(['Design a URL Shortener']);
    expect(titles({ q: 'url chat' })).toEqual([]);
  });
});

describe('problemFiltersSchema', () => {
  it('reads query-string values, taking the first of repeated ones', () => {
    expect(problemFiltersSchema.parse({ difficulty: ['hard', 'easy'], topic: 'caching', q: '  feed ' })).toEqual({
      difficulty: 'hard',
      topic: 'caching',
      q: 'feed',
    });
  });

  it('ignores blank and unknown values instead of failing', () => {
    expect(problemFiltersSchema.parse({ difficulty: '', topic: 'quantum', q: '   ' })).toEqual({});
    expect(problemFiltersSchema.parse({ q: 'x'.repeat(500) })).toEqual({});
  });

  it('knows whether anything is filtered', () => {
    expect(hasActiveFilters({})).toBe(false);
    expect(hasActiveFilters({ q: 'feed' })).toBe(true);
  });
});
