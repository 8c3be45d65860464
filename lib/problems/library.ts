import 'server-only';
import { readLibrary, type LibraryReadResult } from './read-library';
import type { Concept, Problem } from './schema';

/**
 * The problem library, read from problems/ once per process. Invalid entries are logged and left out:
 * the build and `npm test` fail on them, and the app never serves them.
 */
let cached: LibraryReadResult | undefined;

function library(): LibraryReadResult {
  if (!cached) {
    cached = readLibrary();
    for (const error of cached.errors) console.error(`[problems] skipped invalid entry: ${error.message}`);
  }
  return cached;
}

export function listProblems(): Problem[] {
  return library().problems;
}

export function getProblem(slug: string): Problem | null {
  return library().problems.find((p) => p.slug === slug) ?? null;
}

export function listConcepts(): Concept[] {
  return library().concepts;
}

export function getConcept(slug: string): Concept | null {
  return library().concepts.find((c) => c.slug === slug) ?? null;
}

/** Problems that lean on a concept, for the concept page's "used by" list. */
export function problemsUsingConcept(slug: string): Problem[] {
  return listProblems().filter((p) => (p.concepts as string[]).includes(slug));
}
