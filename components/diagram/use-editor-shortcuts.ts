'use client';

import { useEffect, useRef, type RefObject } from 'react';

export interface ShortcutHandlers {
  undo: () => void;
  redo: () => void;
  copy: () => void;
  paste: () => void;
  duplicate: () => void;
  selectAll: () => void;
}

function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * Editor shortcuts (Ctrl or Cmd): Z undo, Shift+Z or Y redo, C copy, V paste, D duplicate, A select all.
 * Delete/Backspace is React Flow's own `deleteKeyCode`. Keys typed into fields keep their native
 * meaning, so Ctrl+Z in the name field undoes typing, not the diagram.
 *
 * Listens on the document because clicking the canvas background focuses nothing: keys count when
 * focus is inside the editor or on nothing at all (the body).
 */
export function useEditorShortcuts(rootRef: RefObject<HTMLElement | null>, handlers: ShortcutHandlers, isEnabled: boolean): void {
  const handlersRef = useRef(handlers);
  useEffect(() => {
    handlersRef.current = handlers;
  });
  useEffect(() => {
    if (!isEnabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || isTextEntry(event.target)) return;
      const target = event.target instanceof Node ? event.target : null;
      if (target !== document.body && !rootRef.current?.contains(target)) return;
      const { undo, redo, copy, paste, duplicate, selectAll } = handlersRef.current;
      const key = event.key.toLowerCase();
      const action =
        key === 'z' ? (event.shiftKey ? redo : undo) : key === 'y' ? redo : key === 'c' ? copy : key === 'v' ? paste : key === 'd' ? duplicate : key === 'a' ? selectAll : undefined;
      if (!action) return;
      event.preventDefault();
      action();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [isEnabled, rootRef]);
}
