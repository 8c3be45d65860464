import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import matter from 'gray-matter';
import { afterAll, describe, expect, it } from 'vitest';
import { ContentError, parseConcept, parseProblem } from './parse';
import { CONTENT_DIR, readLibrary } from './read-library';

/** A known-good problem's two files, altered one field at a time to prove each kind of fault is named. */
const GOOD_MARKDOWN = readFileSync(path.join(CONTENT_DIR, 'url-shortener', 'problem.md'), 'utf8');
const GOOD_DESIGN = readFileSync(path.join(CONTENT_DIR, 'url-shortener', 'reference-design.json'), 'utf8');
const MARKDOWN_FILE = 'problems/url-shortener/problem.md';
const DESIGN_FILE = 'problems/url-shortener/reference-design.json';

function withFrontMatter(change: (data: Record<string, unknown>) => void): string {
  const { data, content } = matter(GOOD_MARKDOWN);
  const copy = structuredClone(data);
  change(copy);
  return matter.stringify(content, copy);
}

function parse(markdown: string, design = GOOD_DESIGN) {
  return parseProblem({ folder: 'url-shortener', markdownFile: MARKDOWN_FILE, markdown, designFile: DESIGN_FILE, design });
}

function expectContentError(run: () => unknown, file: string, field: RegExp) {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(ContentError);
  const error = caught as ContentError;
  expect(error.file).toBe(file);
  expect(error.message.startsWith(`${file}: `)).toBe(true);
  expect(error.message).toMatch(field);
}

describe('parseProblem', () => {
  it('accepts the untouched problem', () => {
    expect(parse(GOOD_MARKDOWN).slug).toBe('url-shortener');
  });

  it('names the file and the field when hints are missing', () => {
    expectContentError(() => parse(withFrontMatter((d) => delete d.hints)), MARKDOWN_FILE, /hints: /);
  });

  it('names the rubric entry whose levels are not exactly four', () => {
    const markdown = withFrontMatter((d) => (d.rubric as { levels: string[] }[])[1]!.levels.pop());
    expectContentError(() => parse(markdown), MARKDOWN_FILE, /rubric\.1\.levels/);
  });

  it('names a figure that has neither a metric nor an expression', () => {
    const markdown = withFrontMatter((d) => delete (d.figures as Record<string, unknown>[])[0]!.metric);
    expectContentError(() => parse(markdown), MARKDOWN_FILE, /figures\.0/);
  });

  it('names a slug that does not match its folder', () => {
    expectContentError(() => parse(withFrontMatter((d) => (d.slug = 'url-shortener-two'))), MARKDOWN_FILE, /slug: /);
  });

  it('names the design file when its JSON is broken or does not match the diagram schema', () => {
    expectContentError(() => parse(GOOD_MARKDOWN, '{"nodes": ['), DESIGN_FILE, /not valid JSON/);
    expectContentError(() => parse(GOOD_MARKDOWN, '{"nodes": "none", "edges": []}'), DESIGN_FILE, /referenceDesign\.nodes/);
  });

  it('names invalid YAML front matter', () => {
    expectContentError(() => parse('---\ntitle: [unclosed\n---\nBody'), MARKDOWN_FILE, /not valid YAML/);
  });
});

describe('parseConcept', () => {
  it('names a concept whose body is too short', () => {
    const markdown = '---\nslug: caching\ntitle: Caching\nsummary: A short summary of caching.\n---\nToo short.';
    expectContentError(() => parseConcept({ file: 'problems/concepts/caching.md', fileSlug: 'caching', markdown }), 'problems/concepts/caching.md', /body: /);
  });
});

describe('readLibrary on a folder with one good and one bad entry', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'scaleboard-library-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('serves the good entry and reports the bad one by file and field', () => {
    cpSync(path.join(CONTENT_DIR, 'url-shortener'), path.join(dir, 'url-shortener'), { recursive: true });
    mkdirSync(path.join(dir, 'rate-limiter'));
    const broken = readFileSync(path.join(CONTENT_DIR, 'rate-limiter', 'problem.md'), 'utf8').replace(/^difficulty: .*$/m, 'difficulty: extreme');
    writeFileSync(path.join(dir, 'rate-limiter', 'problem.md'), broken);
    cpSync(path.join(CONTENT_DIR, 'rate-limiter', 'reference-design.json'), path.join(dir, 'rate-limiter', 'reference-design.json'));

    const result = readLibrary(dir);
    expect(result.problems.map((p) => p.slug)).toEqual(['url-shortener']);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toBeInstanceOf(ContentError);
    expect(result.errors[0]!.message).toMatch(/rate-limiter[/\\]problem\.md: difficulty: /);
  });
});
