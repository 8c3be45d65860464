import { z } from 'zod';

/**
 * Inputs of the structured back-of-the-envelope model (`POST /api/estimate`). Field names are a public
 * contract: problem files, saved sessions and users' scripts use them.
 */
const nonNegative = (field: string) =>
  z
    .number({ error: `${field} must be a number` })
    .finite({ error: `${field} must be a finite number` })
    .min(0, { error: `${field} must not be negative` });

export const estimateInputSchema = z.object({
  dailyActiveUsers: nonNegative('dailyActiveUsers').max(1e11),
  writesPerUserPerDay: nonNegative('writesPerUserPerDay').max(1e7),
  readsPerWrite: nonNegative('readsPerWrite').max(1e7),
  bytesPerWrite: nonNegative('bytesPerWrite').max(1e13),
  retentionYears: nonNegative('retentionYears').max(1_000),
  replicationFactor: nonNegative('replicationFactor')
    .min(1, { error: 'replicationFactor must be at least 1' })
    .max(100)
    .default(1),
  peakToAverage: nonNegative('peakToAverage')
    .min(1, { error: 'peakToAverage must be at least 1' })
    .max(1_000)
    .default(1),
  cacheHotFraction: nonNegative('cacheHotFraction')
    .max(1, { error: 'cacheHotFraction must be between 0 and 1' })
    .default(0.2),
  /** Requests per second one server handles; when set, the model sizes the fleet. */
  capacityPerServer: nonNegative('capacityPerServer').positive({ error: 'capacityPerServer must be above 0' }).max(1e9).optional(),
});

export type EstimateInput = z.input<typeof estimateInputSchema>;
export type ResolvedEstimateInput = z.output<typeof estimateInputSchema>;

/** Names of the model's outputs: the keys of `POST /api/estimate`'s answer (plus `servers` when sized). */
export const ESTIMATE_METRICS = [
  'writesPerSecond',
  'readsPerSecond',
  'peakWritesPerSecond',
  'peakReadsPerSecond',
  'storageBytesPerDay',
  'storageBytesTotal',
  'ingressBytesPerSecond',
  'egressBytesPerSecond',
  'cacheBytes',
  'servers',
] as const;
export type EstimateMetric = (typeof ESTIMATE_METRICS)[number];

/** The structured inputs' names, in form order. */
export const ESTIMATE_INPUT_FIELDS = estimateInputSchema.keyof().options;
export type EstimateInputField = (typeof ESTIMATE_INPUT_FIELDS)[number];

/** Limits of a saved scratch pad: generous for practice, small enough for one autosave body. */
export const MAX_ESTIMATE_LINES = 200;
export const MAX_LINE_EXPRESSION = 500;

export const estimateLineSchema = z.object({
  id: z.string().min(1).max(64),
  name: z.string().max(40).optional(),
  expression: z.string().max(MAX_LINE_EXPRESSION),
});

/**
 * What a practice session saves of the estimator (and the standalone page keeps in localStorage).
 * Inputs are numbers, or null while a field is blank or unparseable, so a half-filled form saves without
 * loss of what was valid; `results` is a snapshot of the model's figures when the inputs were valid,
 * kept so a review compares exactly what the candidate saw.
 */
export const sessionEstimateSchema = z.object({
  inputs: z.partialRecord(z.enum(ESTIMATE_INPUT_FIELDS), z.number().finite().nullable()),
  lines: z.array(estimateLineSchema).max(MAX_ESTIMATE_LINES),
  results: z.partialRecord(z.enum(ESTIMATE_METRICS), z.number().finite()).optional(),
});
export type SessionEstimate = z.infer<typeof sessionEstimateSchema>;
export type EstimateLine = z.infer<typeof estimateLineSchema>;
