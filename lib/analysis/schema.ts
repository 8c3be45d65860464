import { z } from 'zod';
import { diagramSchema, type Diagram } from '@/lib/diagram/schema';
import type { ConceptSlug } from '@/lib/problems/catalogue';

/**
 * Input and output of the design-analysis engine (`analyzeDesign`, `POST /api/analyze`). No server imports,
 * so the Analyze panel runs the same engine in the browser.
 */
export const RULE_IDS = [
  'single-point-of-failure',
  'no-replica',
  'no-cache',
  'no-load-balancer',
  'client-to-database',
  'cache-only-storage',
  'no-queue-for-slow-work',
  'sync-cycle',
  'disconnected',
  'no-rate-limit',
  'no-monitoring',
  'over-capacity',
  'latency-budget',
  'availability-target',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

const rate = z.number().finite().min(0).max(1e12);

/** Only the figures analysis needs, so it does not depend on the estimator's internals. */
export const analysisEstimateSchema = z.object({
  peakReadsPerSecond: rate,
  peakWritesPerSecond: rate,
  readsPerWrite: z.number().finite().min(0).max(1e7).optional(),
});
export type AnalysisEstimate = z.infer<typeof analysisEstimateSchema>;

/** The problem's numeric requirements (a problem file's `targets`). */
export interface AnalysisTargets {
  availability?: number;
  latencyMsP99?: number;
}

/** Body of `POST /api/analyze`: a diagram (validated as the diagram API does) plus optional context. */
export const analyzeRequestSchema = diagramSchema.safeExtend({
  estimate: analysisEstimateSchema.optional(),
  problemSlug: z.string().trim().min(1).max(100).optional(),
});
export type AnalyzeRequestInput = z.input<typeof analyzeRequestSchema>;
export type AnalyzeRequest = z.infer<typeof analyzeRequestSchema>;

export interface AnalyzeDesignInput {
  diagram: Diagram;
  estimate?: AnalysisEstimate;
  targets?: AnalysisTargets;
}

export interface Finding {
  rule: RuleId;
  severity: Severity;
  nodeIds: string[];
  edgeIds: string[];
  message: string;
  concept: ConceptSlug;
}

/** Per-node figures; `working` shows the arithmetic the way the estimator does. */
export interface NodeFigures {
  utilization?: number;
  loadPerSecond?: number;
  working?: string;
}

export interface AvailabilityFigure {
  /** End-to-end availability of the weakest path, 0..1. */
  value: number;
  downtimeMinutesPerMonth: number;
  /** Node ids of the weakest path, client first. */
  path: string[];
  edgeIds: string[];
  working: string;
}

export interface LatencyFigure {
  /** Milliseconds along the slowest request path. */
  value: number;
  /** Node ids of the slowest path, client first. */
  path: string[];
  edgeIds: string[];
  working: string;
}

export interface AnalysisResult {
  findings: Finding[];
  nodes: Record<string, NodeFigures>;
  availability?: AvailabilityFigure;
  latencyMs?: LatencyFigure;
}
