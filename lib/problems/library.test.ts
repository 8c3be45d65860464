import { describe, expect, it } from 'vitest';
import { CONCEPT_SLUGS, RUBRIC_DIMENSION_IDS } from './catalogue';
import { readLibrary } from './read-library';

/**
 * The real library under problems/: every entry must parse (a malformed one fails here, naming its file
 * and field), and the library must be complete: enough problems, the classic ones, every concept guide.
 */
const library = readLibrary();
const CLASSIC_SLUGS = ['url-shortener', 'chat-system', 'news-feed', 'rate-limiter', 'notification-system', 'file-storage'];

describe('problem library', () => {
  it('has no invalid entries', () => {
    expect(library.errors.map((e) => e.message)).toEqual([]);
  });

  it('has at least 12 problems, including the six classics', () => {
    expect(library.problems.length).toBeGreaterThanOrEqual(12);
    const slugs = library.problems.map((p) => p.slug);
    for (const slug of CLASSIC_SLUGS) expect(slugs, `problems/${slug} is missing`).toContain(slug);
  });

  it('has unique slugs and titles', () => {
    expect(new Set(library.problems.map((p) => p.slug)).size).toBe(library.problems.length);
    expect(new Set(library.problems.map((p) => p.title)).size).toBe(library.problems.length);
  });

  it('has a guide for every concept in the catalogue, and nothing else', () => {
    expect(library.concepts.map((c) => c.slug).sort()).toEqual([...CONCEPT_SLUGS].sort());
  });

  it.each(library.problems.map((p) => [p.slug, p] as const))('%s: links only to existing concepts', (_, problem) => {
    const guides = new Set(library.concepts.map((c) => c.slug));
    for (const concept of problem.concepts) expect(guides.has(concept), `${problem.slug} uses missing concept ${concept}`).toBe(true);
  });

  it.each(library.problems.map((p) => [p.slug, p] as const))('%s: has a reference design and a rubric of known dimensions', (_, problem) => {
    expect(problem.referenceDesign.nodes.length).toBeGreaterThan(0);
    for (const entry of problem.rubric) expect(RUBRIC_DIMENSION_IDS).toContain(entry.dimension);
  });
});
