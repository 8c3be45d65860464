'use client';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type * as Y from 'yjs';
import type { EditorHistory } from '@/components/diagram/diagram-editor';
import { createLocalUndo, undoFlags, type UndoFlags } from '@/lib/interviews/local-undo';

const NOTHING_TO_UNDO: UndoFlags = { canUndo: false, canRedo: false };

/**
 * Undo and redo of this participant's own edits to shared types (those written with `origin`), for an
 * editor's `history` prop. Undoing changes the document with the undo manager as origin, so it comes back
 * like a remote change would.
 */
export function useLocalUndo(doc: Y.Doc, typesOf: (doc: Y.Doc) => Y.AbstractType<unknown>[], origin: symbol): EditorHistory {
  const managerRef = useRef<Y.UndoManager | null>(null);
  const [flags, setFlags] = useState(NOTHING_TO_UNDO);
  const latestTypesOf = useRef(typesOf);

  useEffect(() => {
    latestTypesOf.current = typesOf;
  });

  useEffect(() => {
    const manager = createLocalUndo(latestTypesOf.current(doc), origin);
    const update = () => setFlags(undoFlags(manager));
    manager.on('stack-item-added', update);
    manager.on('stack-item-popped', update);
    manager.on('stack-cleared', update);
    managerRef.current = manager;
    return () => {
      managerRef.current = null;
      manager.destroy();
      setFlags(NOTHING_TO_UNDO);
    };
  }, [doc, origin]);

  const undo = useCallback(() => void managerRef.current?.undo(), []);
  const redo = useCallback(() => void managerRef.current?.redo(), []);
  return useMemo(() => ({ undo, redo, ...flags }), [undo, redo, flags]);
}
