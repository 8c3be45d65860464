import { computeAvailability } from './availability';
import { buildGraph } from './graph';
import { computeLatency } from './latency';
import { computeLoad, nodeFigures } from './load';
import { RULES } from './rules';
import type { RuleContext } from './rules/types';
import { RULE_IDS, SEVERITIES, type AnalysisResult, type AnalyzeDesignInput, type Finding } from './schema';

/** Builds the graph and computes load, latency and availability: what every rule reads. */
export function ruleContext(input: AnalyzeDesignInput): RuleContext {
  const graph = buildGraph(input.diagram);
  return {
    graph,
    estimate: input.estimate,
    targets: input.targets,
    figures: nodeFigures(graph, computeLoad(graph, input.estimate)),
    availability: computeAvailability(graph),
    latency: computeLatency(graph),
  };
}

/** Errors first, then warnings and info; then rule order, first node id and message. */
export function compareFindings(a: Finding, b: Finding): number {
  const bySeverity = SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity);
  if (bySeverity !== 0) return bySeverity;
  const byRule = RULE_IDS.indexOf(a.rule) - RULE_IDS.indexOf(b.rule);
  if (byRule !== 0) return byRule;
  const key = (f: Finding) => `${f.nodeIds[0] ?? ''}\u0000${f.message}`;
  return key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
}

/**
 * Analyses a diagram as a system (docs/analysis.md): carries the estimate's peak traffic through it,
 * times its slowest path, composes its availability and runs every rule. Pure and deterministic.
 */
export function analyzeDesign(input: AnalyzeDesignInput): AnalysisResult {
  const context = ruleContext(input);
  const findings = RULE_IDS.flatMap((id) => RULES[id](context)).sort(compareFindings);
  return {
    findings,
    nodes: context.figures,
    ...(context.availability ? { availability: context.availability } : {}),
    ...(context.latency ? { latencyMs: context.latency } : {}),
  };
}
