'use client';

import { useCallback } from 'react';
import type * as Y from 'yjs';
import { EstimatorPanel } from '@/components/estimator/estimator-panel';
import type { SessionEstimate } from '@/lib/estimator/schema';
import { estimateMap, readEstimate, writeEstimate } from '@/lib/interviews/room-content';
import { useSharedValue } from './use-shared-value';

const LOCAL = Symbol('local estimate edit');
const typesOf = (doc: Y.Doc) => [estimateMap(doc)] as Y.AbstractType<unknown>[];

/** The estimator, shared: each change is written to the room document, the other person's arrive live. */
export function RoomEstimate({ doc, isReadOnly }: { doc: Y.Doc; isReadOnly: boolean }) {
  const { value } = useSharedValue(doc, typesOf, readEstimate);
  const onChange = useCallback((next: SessionEstimate) => writeEstimate(doc, next, LOCAL), [doc]);
  return <EstimatorPanel value={value} onChange={isReadOnly ? undefined : onChange} readOnly={isReadOnly} />;
}
