import type { EstimateLine, SessionEstimate } from '@/lib/estimator/schema';

type Inputs = SessionEstimate['inputs'];
type InputKey = keyof Inputs;

const sameLine = (a: EstimateLine | undefined, b: EstimateLine | undefined) =>
  a?.expression === b?.expression && a?.name === b?.name;

/** Scratch-pad lines merged by id: each side's edits, additions and deletions kept; local wins a clash. */
function mergeLines(base: EstimateLine[], local: EstimateLine[], server: EstimateLine[]): EstimateLine[] {
  const baseById = new Map(base.map((l) => [l.id, l]));
  const localById = new Map(local.map((l) => [l.id, l]));
  const serverIds = new Set(server.map((l) => l.id));
  const merged = server.flatMap((line) => {
    const mine = localById.get(line.id);
    const original = baseById.get(line.id);
    if (!mine) return original && sameLine(original, line) ? [] : [line]; // deleted here, untouched there
    return [sameLine(mine, original) ? line : mine];
  });
  // Lines added here (not in the base) that the server does not have yet.
  const added = local.filter((l) => !serverIds.has(l.id) && !baseById.has(l.id));
  return [...merged, ...added];
}

/**
 * Three-way merge of the estimator's work after a version conflict (another tab saved first): every
 * assumption or line changed here since `base` keeps the local value, everything else takes the server's.
 * So neither tab's edits are lost, as with the diagram. The results snapshot is left to be recomputed.
 */
export function mergeEstimates(base: SessionEstimate, local: SessionEstimate, server: SessionEstimate): SessionEstimate {
  const inputs: Inputs = { ...server.inputs };
  const keys = new Set([...Object.keys(base.inputs), ...Object.keys(local.inputs)]) as Set<InputKey>;
  for (const key of keys) {
    if (local.inputs[key] === base.inputs[key]) continue;
    if (local.inputs[key] === undefined) delete inputs[key];
    else inputs[key] = local.inputs[key];
  }
  return { inputs, lines: mergeLines(base.lines, local.lines, server.lines) };
}
