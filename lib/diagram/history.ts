/**
 * Undo/redo as a pure, capped stack of snapshots. Rapid edits of one thing (typing in a field, nudging
 * with arrow keys) share a coalesce key and collapse into one step, so undo feels like other editors.
 */
export interface History<T> {
  past: T[];
  present: T;
  future: T[];
  lastKey?: string;
  lastAt?: number;
}

export const HISTORY_CAP = 100;
const COALESCE_MS = 1_000;

export function createHistory<T>(present: T): History<T> {
  return { past: [], present, future: [] };
}

export interface PushOptions {
  /** Consecutive pushes with the same key within a second replace the present instead of stacking. */
  coalesceKey?: string;
  now?: number;
  cap?: number;
}

export function pushHistory<T>(history: History<T>, next: T, options: PushOptions = {}): History<T> {
  const { coalesceKey, now = 0, cap = HISTORY_CAP } = options;
  const coalesce = coalesceKey !== undefined && coalesceKey === history.lastKey && history.lastAt !== undefined && now - history.lastAt < COALESCE_MS;
  if (coalesce) return { ...history, present: next, future: [], lastAt: now };
  const past = [...history.past, history.present];
  return { past: past.slice(Math.max(0, past.length - cap)), present: next, future: [], lastKey: coalesceKey, lastAt: now };
}

export function canUndo<T>(history: History<T>): boolean {
  return history.past.length > 0;
}

export function canRedo<T>(history: History<T>): boolean {
  return history.future.length > 0;
}

export function undo<T>(history: History<T>): History<T> {
  const previous = history.past.at(-1);
  if (previous === undefined) return history;
  return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future] };
}

export function redo<T>(history: History<T>): History<T> {
  const [next, ...future] = history.future;
  if (next === undefined) return history;
  return { past: [...history.past, history.present], present: next, future };
}
