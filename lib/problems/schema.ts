import { z } from 'zod';
import { diagramSchema } from '@/lib/diagram/schema';
import { ESTIMATE_METRICS, estimateInputSchema } from '@/lib/estimator/schema';
import { CONCEPT_SLUGS, DIFFICULTIES, RUBRIC_DIMENSION_IDS, TOPICS } from './catalogue';

/**
 * The shape of one problem file: problems/<slug>/problem.md (YAML front matter + the prompt as the body)
 * plus problems/<slug>/reference-design.json. Strings are Markdown unless noted.
 */
const text = (min = 1, max = 4_000) => z.string().trim().min(min).max(max);

export const rubricEntrySchema = z.object({
  dimension: z.enum(RUBRIC_DIMENSION_IDS as [string, ...string[]]),
  /** Four descriptors, level 1 (missing) to level 4 (exceptional), specific to this problem. */
  levels: z.tuple([text(20, 600), text(20, 600), text(20, 600), text(20, 600)]),
});

/**
 * A reference figure. Either `metric` (an output of the structured estimator fed with `scale.estimate`)
 * or `expression` (a scratch-pad expression with units, evaluated by the estimator's calculator) gives
 * the value; tests recompute it and fail when `value` drifts more than 1% from the recomputation.
 */
export const referenceFigureSchema = z
  .object({
    label: text(1, 120),
    metric: z.enum(ESTIMATE_METRICS).optional(),
    expression: text(1, 300).optional(),
    /** The figure in `unit`; for metrics, bytes, bytes/s or 1/s as the estimator answers. */
    value: z.number().finite(),
    unit: text(1, 20),
    /** How the figure is derived, said as a candidate would say it. */
    working: text(5, 600),
  })
  .refine((f) => (f.metric === undefined) !== (f.expression === undefined), {
    message: 'A figure needs exactly one of metric or expression',
  });

export const problemFrontMatterSchema = z.object({
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'slug must be kebab-case'),
  title: text(3, 80),
  summary: text(10, 240),
  difficulty: z.enum(DIFFICULTIES),
  topics: z.array(z.enum(TOPICS)).min(1).max(8),
  concepts: z.array(z.enum(CONCEPT_SLUGS)).min(2),
  timeMinutes: z.number().int().min(20).max(90),
  requirements: z.object({
    functional: z.array(text(5, 400)).min(3),
    nonFunctional: z.array(text(5, 400)).min(3),
  }),
  /** Numeric targets analysis checks the design against. */
  targets: z.object({
    availability: z.number().gt(0.9).lt(1),
    latencyMsP99: z.number().positive().max(60_000),
  }),
  scale: z.object({
    /** The assumptions as said aloud, e.g. "100 M daily active users". */
    assumptions: z.array(text(5, 300)).min(4),
    /** The same assumptions as estimator inputs. */
    estimate: estimateInputSchema,
  }),
  figures: z.array(referenceFigureSchema).min(4),
  api: text(20, 6_000),
  dataModel: text(20, 6_000),
  deepDives: z.array(z.object({ title: text(3, 120), strongAnswer: text(40, 3_000) })).min(3),
  pitfalls: z.array(text(10, 600)).min(3),
  hints: z.array(text(10, 600)).min(3),
  followUps: z.array(text(10, 400)).min(2),
  rubric: z
    .array(rubricEntrySchema)
    .min(5)
    .refine((r) => new Set(r.map((e) => e.dimension)).size === r.length, 'Each rubric dimension appears once'),
});
export type ProblemFrontMatter = z.infer<typeof problemFrontMatterSchema>;

export const problemSchema = problemFrontMatterSchema.extend({
  /** The prompt as an interviewer would say it (the Markdown body of problem.md). */
  prompt: text(40, 4_000),
  referenceDesign: diagramSchema,
});
export type Problem = z.infer<typeof problemSchema>;
export type ReferenceFigure = z.infer<typeof referenceFigureSchema>;
export type RubricEntry = z.infer<typeof rubricEntrySchema>;

export const conceptFrontMatterSchema = z.object({
  slug: z.enum(CONCEPT_SLUGS),
  title: text(3, 80),
  summary: text(10, 240),
});
export const conceptSchema = conceptFrontMatterSchema.extend({ body: text(200, 20_000) });
export type Concept = z.infer<typeof conceptSchema>;
