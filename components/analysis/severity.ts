import type { Finding, NodeFigures, Severity } from '@/lib/analysis/schema';
import { SEVERITIES } from '@/lib/analysis/schema';

/** Headings and colours per severity, shared by the Analyze panel and review suggestions. */
export const SEVERITY_LOOK: Record<Severity, { heading: string; tone: string; badge: string }> = {
  error: { heading: 'Errors', tone: 'text-red-700', badge: 'bg-red-50 text-red-800 ring-red-200' },
  warning: { heading: 'Warnings', tone: 'text-amber-700', badge: 'bg-amber-50 text-amber-800 ring-amber-200' },
  info: { heading: 'Notes', tone: 'text-sky-700', badge: 'bg-sky-50 text-sky-800 ring-sky-200' },
};

/** Findings per severity, errors first, leaving out empty groups. Order inside a group is kept. */
export function groupBySeverity(findings: readonly Finding[]): { severity: Severity; findings: Finding[] }[] {
  return SEVERITIES.map((severity) => ({ severity, findings: findings.filter((f) => f.severity === severity) })).filter(
    (group) => group.findings.length > 0,
  );
}

/** A stable React key for a finding: rule plus its ids and message. */
export function findingKey(finding: Finding): string {
  return `${finding.rule}|${finding.nodeIds.join(',')}|${finding.edgeIds.join(',')}|${finding.message}`;
}

/** "Load balancing" from "load-balancing": the concept guide's link text. */
export function conceptTitle(slug: string): string {
  const words = slug.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Heat colour for a utilization: green under 70%, amber to 100%, red above. */
export function utilizationTone(utilization: number): 'ok' | 'warning' | 'error' {
  if (utilization > 1) return 'error';
  return utilization > 0.7 ? 'warning' : 'ok';
}

/** Utilization per node id, for nodes that have one: what the canvas overlay colours by. */
export function utilizationMap(figures: Record<string, NodeFigures>): Record<string, number> {
  const map: Record<string, number> = {};
  for (const [id, figure] of Object.entries(figures)) if (figure.utilization !== undefined) map[id] = figure.utilization;
  return map;
}
