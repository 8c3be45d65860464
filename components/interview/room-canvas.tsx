'use client';

import { useCallback, useMemo, useRef, useState } from 'react';
import type * as Y from 'yjs';
import { LazyDiagramEditor } from '@/components/diagram/lazy';
import type { Diagram } from '@/lib/diagram/schema';
import { edgesMap, nodesMap, readDiagram, writeDiagram } from '@/lib/interviews/room-content';
import type { WebsocketProvider } from 'y-websocket';
import { PeerCursors } from './peer-cursors';
import { useCanvasPresence } from './use-canvas-presence';
import { useLocalUndo } from './use-local-undo';
import { useSharedValue } from './use-shared-value';

/** The origin of this participant's canvas writes: the only ones their undo reverts. */
const LOCAL = Symbol('local canvas edit');
const typesOf = (doc: Y.Doc) => [nodesMap(doc), edgesMap(doc)] as Y.AbstractType<unknown>[];

/**
 * The shared canvas: the practice editor bound to the room document. Local edits go into the document as
 * one transaction of the nodes and edges that changed; the other person's edits come back as an external
 * diagram, as does undo, which reverts only this participant's own edits. Their selection is highlighted
 * and their cursor drawn over the surface.
 */
export function RoomCanvas({ doc, provider, isReadOnly }: { doc: Y.Doc; provider: WebsocketProvider; isReadOnly: boolean }) {
  const shared = useSharedValue(doc, typesOf, readDiagram, LOCAL);
  const [initial] = useState(shared.value);
  const external = useMemo(
    () => (shared.revision === 0 ? null : { diagram: shared.value, revision: shared.revision }),
    [shared.value, shared.revision],
  );
  const onChange = useCallback((diagram: Diagram) => writeDiagram(doc, diagram, LOCAL), [doc]);
  const history = useLocalUndo(doc, typesOf, LOCAL);
  const surfaceRef = useRef<HTMLDivElement>(null);
  const presence = useCanvasPresence(surfaceRef, provider.awareness);

  return (
    <div ref={surfaceRef} className="relative h-[36rem] rounded border border-slate-200 bg-white">
      <LazyDiagramEditor
        initial={initial}
        external={external}
        history={history}
        onChange={isReadOnly ? undefined : onChange}
        readOnly={isReadOnly}
        highlight={presence.highlight}
        ariaLabel="Shared architecture diagram"
        fileName="mock-interview"
      />
      <PeerCursors peers={presence.peers} toScreen={presence.toScreen} />
    </div>
  );
}
