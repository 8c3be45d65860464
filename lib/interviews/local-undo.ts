import * as Y from 'yjs';

/** Edits closer together than this (one drag, one typed field) undo as one step. */
export const UNDO_CAPTURE_MS = 500;

/** The shared types an undo manager covers, as Yjs accepts them (e.g. `[nodesMap(doc), edgesMap(doc)]`). */
export type UndoScope = ConstructorParameters<typeof Y.UndoManager>[0];

export interface UndoFlags {
  canUndo: boolean;
  canRedo: boolean;
}

/**
 * An undo stack over shared types that records only the transactions made with `origin`, the one local
 * edits use. Remote updates arrive with another origin (the provider), so undo never reverts the other
 * participant's work, and a key they changed since is left as they set it.
 */
export function createLocalUndo(types: UndoScope, origin: unknown, captureTimeout = UNDO_CAPTURE_MS): Y.UndoManager {
  return new Y.UndoManager(types, { trackedOrigins: new Set([origin]), captureTimeout });
}

export function undoFlags(manager: Y.UndoManager): UndoFlags {
  return { canUndo: manager.canUndo(), canRedo: manager.canRedo() };
}
