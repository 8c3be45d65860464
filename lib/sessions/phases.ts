/**
 * The phases of a system-design interview, in order. The workspace follows them; each has a suggested
 * share of the time (PRODUCT.md: scope 5-10 min of 45, high-level design 10-15, deep dives 10-25, wrap-up
 * 3-5) and a prompt of what to cover. Phase ids 1-6 are stored (currentPhase, notes, phaseSeconds).
 */
export const PHASES = [
  { id: 1, title: 'Requirements', share: 0.1, prompt: 'Agree the functional requirements and the non-functional ones with numbers: scale, latency, availability, consistency.' },
  { id: 2, title: 'Estimation', share: 0.15, prompt: 'Estimate QPS (average and peak), storage over the retention period, bandwidth and cache size.' },
  { id: 3, title: 'API and data model', share: 0.1, prompt: 'Sketch the main API calls and the data model: entities, keys, access patterns, choice of store.' },
  { id: 4, title: 'High-level design', share: 0.3, prompt: 'Draw the components and the request paths end to end, reads and writes, and check them against the requirements.' },
  { id: 5, title: 'Deep dives', share: 0.25, prompt: 'Go deep on the hardest parts: scaling, consistency, failure modes and the trade-offs you chose.' },
  { id: 6, title: 'Wrap-up', share: 0.1, prompt: 'Name the bottlenecks, what you would monitor, and how the design evolves at ten times the scale.' },
] as const;

export type PhaseId = (typeof PHASES)[number]['id'];
export const PHASE_IDS = PHASES.map((p) => p.id) as PhaseId[];

export function isPhaseId(value: number): value is PhaseId {
  return (PHASE_IDS as number[]).includes(value);
}

export function phaseById(id: number) {
  return PHASES.find((p) => p.id === id) ?? PHASES[0];
}

/** Suggested seconds per phase for a session of `totalSeconds`, rounded to whole seconds. */
export function phaseBudgets(totalSeconds: number): Record<PhaseId, number> {
  const budgets = {} as Record<PhaseId, number>;
  for (const phase of PHASES) budgets[phase.id] = Math.round(phase.share * totalSeconds);
  return budgets;
}
