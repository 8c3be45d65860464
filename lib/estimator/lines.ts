import { MAX_ESTIMATE_LINES, type EstimateLine } from './schema';

/**
 * Pure edits of the scratch pad's lines. Ids come from the caller (the UI makes them), so these stay
 * deterministic and testable; every edit returns a new array and respects the saved-line limit.
 */

/** Adds an empty line after `afterId` (or at the end); unchanged when the pad is full. */
export function addLine(lines: readonly EstimateLine[], id: string, afterId?: string): EstimateLine[] {
  if (lines.length >= MAX_ESTIMATE_LINES) return [...lines];
  const index = afterId === undefined ? -1 : lines.findIndex((l) => l.id === afterId);
  const at = index === -1 ? lines.length : index + 1;
  return [...lines.slice(0, at), { id, expression: '' }, ...lines.slice(at)];
}

/** Removes a line. */
export function removeLine(lines: readonly EstimateLine[], id: string): EstimateLine[] {
  return lines.filter((l) => l.id !== id);
}

/** Changes a line's name or expression; a blank name is dropped rather than saved as "". */
export function updateLine(lines: readonly EstimateLine[], id: string, patch: Partial<Omit<EstimateLine, 'id'>>): EstimateLine[] {
  return lines.map((line) => {
    if (line.id !== id) return line;
    const next = { ...line, ...patch };
    if (next.name !== undefined && next.name.trim() === '') delete next.name;
    return next;
  });
}

/**
 * Appends `text` to the line `targetId`, or to the last line when that line is gone; with no lines at
 * all, starts one with id `newId`. Returns the lines and the id written to, for announcing it.
 */
export function insertIntoLine(
  lines: readonly EstimateLine[],
  text: string,
  targetId: string | undefined,
  newId: string,
): { lines: EstimateLine[]; id: string } {
  const target = lines.find((l) => l.id === targetId) ?? lines[lines.length - 1];
  if (!target) return { lines: [{ id: newId, expression: text }], id: newId };
  const before = target.expression.trimEnd();
  const expression = `${before}${before ? ' ' : ''}${text}`;
  return { lines: updateLine(lines, target.id, { expression }), id: target.id };
}
