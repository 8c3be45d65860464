'use client';

import '@xyflow/react/dist/style.css';
import { Background, BackgroundVariant, Controls, MarkerType, ReactFlow, ReactFlowProvider, type EdgeMouseHandler, type NodeMouseHandler } from '@xyflow/react';
import { useId, useMemo } from 'react';
import { DecorationsProvider } from '@/components/diagram/decorations';
import type { FlowEdge, FlowNode } from '@/components/diagram/flow-types';
import { EDGE_TYPES, NODE_TYPES } from '@/components/diagram/node-types';
import type { Diagram } from '@/lib/diagram/schema';
import { toCanvasState } from '@/lib/diagram/serialize';

export interface PinSelection {
  targetType: 'node' | 'edge';
  targetId: string;
}

interface PinCanvasProps {
  diagram: Diagram;
  /** Comment markers: badge text per node id. */
  nodeBadges: Record<string, string>;
  /** Commented edges, drawn highlighted. */
  markedEdgeIds: readonly string[];
  selection: PinSelection | null;
  /** Clicking a node or edge picks it as the target of the next comment; null when pinning is off. */
  onSelect: ((selection: PinSelection) => void) | null;
  height?: number | string;
}

const DEFAULT_EDGE_OPTIONS = { type: 'typed', markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18, color: '#64748b' } };

/**
 * The read-only diagram with one addition the shared viewer does not offer: clicking a node or an edge
 * reports it, so a reviewer can pin a comment to it. Nothing moves or changes; the click is the only input.
 * Kept here rather than in components/diagram, which owns the editor; it reuses its node and edge types.
 */
export function PinCanvas({ diagram, nodeBadges, markedEdgeIds, selection, onSelect, height = 480 }: PinCanvasProps) {
  // React Flow's own ids (its ARIA descriptions) must differ from other canvases on the same page.
  const flowId = `pin-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  // Built once per diagram: new node objects would make React Flow measure them again.
  const { nodes, edges } = useMemo(() => toCanvasState(diagram) as { nodes: FlowNode[]; edges: FlowEdge[] }, [diagram]);
  // The picked target is shown as a highlight (decoration), never as React Flow selection, for the same reason.
  const highlight = useMemo(() => {
    const pick = (type: PinSelection['targetType']) => (selection?.targetType === type ? [selection.targetId] : []);
    return { nodeIds: pick('node'), edgeIds: [...markedEdgeIds, ...pick('edge')] };
  }, [markedEdgeIds, selection]);
  const onNodeClick: NodeMouseHandler<FlowNode> = (_event, node) => onSelect?.({ targetType: 'node', targetId: node.id });
  const onEdgeClick: EdgeMouseHandler<FlowEdge> = (_event, edge) => onSelect?.({ targetType: 'edge', targetId: edge.id });
  return (
    <div style={{ height }} className="w-full overflow-hidden rounded-md border border-slate-200 bg-white">
      <ReactFlowProvider>
        <DecorationsProvider highlight={highlight} nodeBadges={nodeBadges}>
          <ReactFlow<FlowNode, FlowEdge>
            id={flowId}
            aria-label={onSelect ? 'Candidate diagram: click a component or connection to comment on it' : 'Candidate diagram (read-only)'}
            nodes={nodes}
            edges={edges}
            nodeTypes={NODE_TYPES}
            edgeTypes={EDGE_TYPES}
            defaultEdgeOptions={DEFAULT_EDGE_OPTIONS}
            onNodeClick={onSelect ? onNodeClick : undefined}
            onEdgeClick={onSelect ? onEdgeClick : undefined}
            nodesDraggable={false}
            nodesConnectable={false}
            elementsSelectable={false}
            deleteKeyCode={null}
            minZoom={0.1}
            maxZoom={2.5}
            fitView
          >
            <Background variant={BackgroundVariant.Dots} gap={16} />
            <Controls showInteractive={false} aria-label="Zoom controls" />
          </ReactFlow>
        </DecorationsProvider>
      </ReactFlowProvider>
    </div>
  );
}
