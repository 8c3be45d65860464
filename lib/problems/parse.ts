import matter from 'gray-matter';
import type { z } from 'zod';
import { conceptSchema, problemSchema, type Concept, type Problem } from './schema';

/** A content file that does not match its schema; the message names the file and the field. */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly issues: string[],
  ) {
    super(`${file}: ${issues.join('; ')}`);
    this.name = 'ContentError';
  }
}

function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
}

function readFrontMatter(file: string, source: string): { data: Record<string, unknown>; body: string } {
  try {
    const parsed = matter(source);
    return { data: parsed.data, body: parsed.content.trim() };
  } catch (error) {
    throw new ContentError(file, [`front matter is not valid YAML (${(error as Error).message})`]);
  }
}

function readJson(file: string, source: string): unknown {
  try {
    return JSON.parse(source);
  } catch (error) {
    throw new ContentError(file, [`not valid JSON (${(error as Error).message})`]);
  }
}

/**
 * Parses one problem from the text of its two files. Throws ContentError naming the file and the field
 * at fault. `folder` must equal the slug, so URLs and files agree.
 */
export function parseProblem(input: {
  folder: string;
  markdownFile: string;
  markdown: string;
  designFile: string;
  design: string;
}): Problem {
  const { data, body } = readFrontMatter(input.markdownFile, input.markdown);
  const referenceDesign = readJson(input.designFile, input.design);
  const result = problemSchema.safeParse({ ...data, prompt: body, referenceDesign });
  if (!result.success) {
    const designIssues = result.error.issues.filter((i) => i.path[0] === 'referenceDesign');
    const otherIssues = result.error.issues.filter((i) => i.path[0] !== 'referenceDesign');
    if (otherIssues.length > 0) {
      throw new ContentError(input.markdownFile, describeIssues({ issues: otherIssues } as z.ZodError));
    }
    throw new ContentError(input.designFile, describeIssues({ issues: designIssues } as z.ZodError));
  }
  if (result.data.slug !== input.folder) {
    throw new ContentError(input.markdownFile, [`slug: "${result.data.slug}" must match its folder "${input.folder}"`]);
  }
  return result.data;
}

/** Parses one concept guide (problems/concepts/<slug>.md). */
export function parseConcept(input: { file: string; fileSlug: string; markdown: string }): Concept {
  const { data, body } = readFrontMatter(input.file, input.markdown);
  const result = conceptSchema.safeParse({ ...data, body });
  if (!result.success) throw new ContentError(input.file, describeIssues(result.error));
  if (result.data.slug !== input.fileSlug) {
    throw new ContentError(input.file, [`slug: "${result.data.slug}" must match the file name "${input.fileSlug}"`]);
  }
  return result.data;
}
