import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseConcept, parseProblem } from './parse';
import type { Concept, Problem } from './schema';

export interface LibraryReadResult {
  problems: Problem[];
  concepts: Concept[];
  /** Entries that failed validation: never served, reported by `npm test` and the build. */
  errors: Error[];
}

export const CONTENT_DIR = path.join(process.cwd(), 'problems');
const CONCEPTS_FOLDER = 'concepts';

/** Reads and validates every problem and concept under `dir`. Invalid entries are collected, not thrown. */
export function readLibrary(dir: string = CONTENT_DIR): LibraryReadResult {
  const result: LibraryReadResult = { problems: [], concepts: [], errors: [] };
  for (const entry of readdirSync(/*turbopackIgnore: true*/ dir, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name === CONCEPTS_FOLDER || entry.name.startsWith('_')) continue;
    const markdownFile = path.join(dir, entry.name, 'problem.md');
    const designFile = path.join(dir, entry.name, 'reference-design.json');
    try {
      const design = existsSync(designFile) ? readFileSync(/*turbopackIgnore: true*/ designFile, 'utf8') : '';
      result.problems.push(
        parseProblem({
          folder: entry.name,
          markdownFile: path.relative(process.cwd(), markdownFile),
          markdown: readFileSync(/*turbopackIgnore: true*/ markdownFile, 'utf8'),
          designFile: path.relative(process.cwd(), designFile),
          design,
        }),
      );
    } catch (error) {
      result.errors.push(error as Error);
    }
  }
  const conceptsDir = path.join(dir, CONCEPTS_FOLDER);
  if (existsSync(conceptsDir)) {
    for (const name of readdirSync(/*turbopackIgnore: true*/ conceptsDir).filter((n) => n.endsWith('.md'))) {
      const file = path.join(conceptsDir, name);
      try {
        result.concepts.push(
          parseConcept({ file: path.relative(process.cwd(), file), fileSlug: name.slice(0, -3), markdown: readFileSync(/*turbopackIgnore: true*/ file, 'utf8') }),
        );
      } catch (error) {
        result.errors.push(error as Error);
      }
    }
  }
  result.problems.sort((a, b) => a.title.localeCompare(b.title));
  result.concepts.sort((a, b) => a.title.localeCompare(b.title));
  return result;
}
