'use client';

import { useState } from 'react';
import { LazyDiagramEditor, LazyDiagramViewer } from '@/components/diagram/lazy';
import { createNode } from '@/lib/diagram/operations';
import type { Diagram } from '@/lib/diagram/schema';

const SAMPLE: Diagram = {
  nodes: [
    createNode('client', { x: 0, y: 80 }, 'client'),
    createNode('load-balancer', { x: 240, y: 80 }, 'lb'),
    createNode('service', { x: 480, y: 80 }, 'api'),
    createNode('cache', { x: 720, y: 0 }, 'cache'),
    createNode('sql-database', { x: 720, y: 160 }, 'db'),
  ],
  edges: [
    { id: 'e1', source: 'client', target: 'lb', data: { kind: 'sync', label: 'HTTPS' } },
    { id: 'e2', source: 'lb', target: 'api', data: { kind: 'sync' } },
    { id: 'e3', source: 'api', target: 'cache', data: { kind: 'read' } },
    { id: 'e4', source: 'api', target: 'db', data: { kind: 'write', label: 'SQL' } },
  ],
};

/** Editor on the left of the page, its latest saved form in a read-only viewer below. */
export function CanvasPreview() {
  const [latest, setLatest] = useState<Diagram>(SAMPLE);
  return (
    <>
      <div className="h-[640px] rounded-md border border-slate-200">
        <LazyDiagramEditor initial={SAMPLE} onChange={setLatest} ariaLabel="Preview diagram" />
      </div>
      <h2 className="text-lg font-semibold">Read-only viewer</h2>
      <LazyDiagramViewer diagram={latest} highlight={{ nodeIds: ['api'], edgeIds: ['e4'] }} nodeBadges={{ db: '2 comments' }} height={360} />
    </>
  );
}
