'use client';

import { useEffect, useRef, useState } from 'react';
import type * as Y from 'yjs';

/**
 * A value read from shared Yjs types, re-read whenever they change. With `localOrigin`, edits made with
 * that origin are skipped: an editor that keeps its own state (the canvas) already shows them, and
 * `revision` then counts only the other participants' changes.
 */
export function useSharedValue<T>(
  doc: Y.Doc,
  typesOf: (doc: Y.Doc) => Y.AbstractType<unknown>[],
  read: (doc: Y.Doc) => T,
  localOrigin?: symbol,
) {
  const latest = useRef({ typesOf, read });
  const [state, setState] = useState(() => ({ value: read(doc), revision: 0 }));

  useEffect(() => {
    latest.current = { typesOf, read };
  });

  useEffect(() => {
    const types = latest.current.typesOf(doc);
    const onChange = (_events: unknown, transaction: Y.Transaction) => {
      if (localOrigin !== undefined && transaction.origin === localOrigin) return;
      setState((s) => ({ value: latest.current.read(doc), revision: s.revision + 1 }));
    };
    for (const type of types) type.observeDeep(onChange);
    return () => types.forEach((type) => type.unobserveDeep(onChange));
  }, [doc, localOrigin]);

  return state;
}
