import type { ConceptSlug } from '@/lib/problems/catalogue';
import type { AnalysisGraph } from '../graph';
import type {
  AnalysisEstimate,
  AnalysisTargets,
  AvailabilityFigure,
  Finding,
  LatencyFigure,
  NodeFigures,
  RuleId,
  Severity,
} from '../schema';

/** Everything a rule may read: the graph and the figures already computed from it. */
export interface RuleContext {
  graph: AnalysisGraph;
  estimate?: AnalysisEstimate;
  targets?: AnalysisTargets;
  figures: Record<string, NodeFigures>;
  availability?: AvailabilityFigure;
  latency?: LatencyFigure;
}

/** A rule reads the context and returns its findings (none when the design passes). */
export type Rule = (context: RuleContext) => Finding[];

/** Builds a finding with sorted, de-duplicated ids. */
export function finding(
  rule: RuleId,
  severity: Severity,
  concept: ConceptSlug,
  ids: { nodeIds?: readonly string[]; edgeIds?: readonly string[] },
  message: string,
): Finding {
  const unique = (list: readonly string[] = []) => [...new Set(list)].sort();
  return { rule, severity, concept, nodeIds: unique(ids.nodeIds), edgeIds: unique(ids.edgeIds), message };
}
