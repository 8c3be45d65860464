import { readLibrary } from '@/lib/problems/read-library';

/**
 * Problem hints for the room server, which runs outside Next and so cannot use lib/problems/library
 * (`server-only`). Read once per process, like the library itself.
 */
let hintsBySlug: Map<string, readonly string[]> | undefined;

export function hintTextsFromLibrary(problemSlug: string): readonly string[] {
  hintsBySlug ??= new Map(readLibrary().problems.map((p) => [p.slug, p.hints]));
  return hintsBySlug.get(problemSlug) ?? [];
}
