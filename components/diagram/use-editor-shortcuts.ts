'use client';

import { useCallback, type KeyboardEvent } from 'react';

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
 */
export function useEditorShortcuts(handlers: ShortcutHandlers, isEnabled: boolean) {
  const { undo, redo, copy, paste, duplicate, selectAll } = handlers;
  return useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (!isEnabled || !(event.ctrlKey || event.metaKey) || event.altKey || isTextEntry(event.target)) return;
      const key = event.key.toLowerCase();
      const action =
        key === 'z' ? (event.shiftKey ? redo : undo) : key === 'y' ? redo : key === 'c' ? copy : key === 'v' ? paste : key === 'd' ? duplicate : key === 'a' ? selectAll : undefined;
      if (!action) return;
      event.preventDefault();
      action();
    },
    [isEnabled, undo, redo, copy, paste, duplicate, selectAll],
  );
}
