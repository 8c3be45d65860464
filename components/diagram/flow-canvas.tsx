'use client';

import { Background, BackgroundVariant, ConnectionMode, Controls, MarkerType, MiniMap, ReactFlow, SelectionMode, type DefaultEdgeOptions, type OnConnect, type OnNodeDrag, type OnNodesChange, type OnEdgesChange } from '@xyflow/react';
import type { DragEvent } from 'react';
import { EdgeLegend } from './edges/edge-legend';
import type { FlowEdge, FlowNode } from './flow-types';
import { EDGE_TYPES, NODE_TYPES } from './node-types';

export const GRID: [number, number] = [16, 16];
/** Past this size only what is on screen is rendered, keeping big diagrams fluid. */
const VISIBLE_ONLY_THRESHOLD = 150;
const DEFAULT_EDGE_OPTIONS: DefaultEdgeOptions = { type: 'typed', markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18, color: '#64748b' } };
const DELETE_KEYS = ['Delete', 'Backspace'];
export const FIT_VIEW_OPTIONS = { maxZoom: 1.25, padding: 0.15 };
const DEFAULT_VIEWPORT = { x: 0, y: 0, zoom: 1 };
// Small, so it does not hide the diagram when the workspace gives the canvas a narrow column.
const MINIMAP_STYLE = { width: 120, height: 80 };

/**
 * Overrides of React Flow's stylesheet, scoped to this canvas: its built-in "group" look would frame our
 * containers a second time, custom nodes get no focus ring by default, and its attribution link is #999
 * on white, below WCAG AA contrast. (`\\_` keeps Tailwind from reading `__` as spaces.)
 */
const FLOW_CLASSES = [
  String.raw`[&_.react-flow\\_\\_attribution_a]:!text-slate-600`,
  String.raw`[&_.react-flow\\_\\_node-group]:!border-0`,
  String.raw`[&_.react-flow\\_\\_node-group]:!bg-transparent`,
  String.raw`[&_.react-flow\\_\\_node-group]:!p-0`,
  String.raw`[&_.react-flow\\_\\_node-group]:!shadow-none`,
  String.raw`[&_.react-flow\\_\\_node:focus-visible]:!outline-2`,
  String.raw`[&_.react-flow\\_\\_node:focus-visible]:!outline-offset-2`,
  String.raw`[&_.react-flow\\_\\_node:focus-visible]:!outline-sky-500`,
].join(' ');

export interface FlowCanvasProps {
  nodes: FlowNode[];
  edges: FlowEdge[];
  readOnly: boolean;
  isSnapping: boolean;
  ariaLabel: string;
  /** Fit the diagram into view once it is measured; off for an empty one, or the first added node would fill the screen. */
  shouldFitOnLoad: boolean;
  onNodesChange: OnNodesChange<FlowNode>;
  onEdgesChange: OnEdgesChange<FlowEdge>;
  onConnect: OnConnect;
  onNodeDragStart: OnNodeDrag<FlowNode>;
  onNodeDragStop: OnNodeDrag<FlowNode>;
  onSelectionDragStop: (event: unknown, nodes: FlowNode[]) => void;
  onDragOver: (event: DragEvent<HTMLDivElement>) => void;
  onDrop: (event: DragEvent<HTMLDivElement>) => void;
}

/**
 * The React Flow surface. Whiteboard gestures: drag on empty space draws a selection box, the middle
 * or right button and the scroll wheel pan, pinch or Ctrl+wheel zooms.
 */
export function FlowCanvas(props: FlowCanvasProps) {
  const { readOnly } = props;
  return (
    <ReactFlow<FlowNode, FlowEdge>
      aria-label={props.ariaLabel}
      className={FLOW_CLASSES}
      nodes={props.nodes}
      edges={props.edges}
      nodeTypes={NODE_TYPES}
      edgeTypes={EDGE_TYPES}
      defaultEdgeOptions={DEFAULT_EDGE_OPTIONS}
      onNodesChange={props.onNodesChange}
      onEdgesChange={props.onEdgesChange}
      onConnect={props.onConnect}
      onNodeDragStart={props.onNodeDragStart}
      onNodeDragStop={props.onNodeDragStop}
      onSelectionDragStop={props.onSelectionDragStop}
      onDragOver={props.onDragOver}
      onDrop={props.onDrop}
      connectionMode={ConnectionMode.Loose}
      nodesDraggable={!readOnly}
      nodesConnectable={!readOnly}
      elementsSelectable={!readOnly}
      deleteKeyCode={readOnly ? null : DELETE_KEYS}
      selectionOnDrag={!readOnly}
      selectionMode={SelectionMode.Partial}
      panOnDrag={readOnly ? true : [1, 2]}
      panOnScroll={!readOnly}
      snapToGrid={props.isSnapping}
      snapGrid={GRID}
      onlyRenderVisibleElements={props.nodes.length > VISIBLE_ONLY_THRESHOLD}
      minZoom={0.1}
      maxZoom={2.5}
      fitView={props.shouldFitOnLoad}
      fitViewOptions={FIT_VIEW_OPTIONS}
      defaultViewport={DEFAULT_VIEWPORT}
    >
      <Background variant={BackgroundVariant.Dots} gap={GRID[0]} />
      <EdgeLegend />
      <Controls showInteractive={false} aria-label="Zoom controls" />
      {readOnly ? null : <MiniMap pannable zoomable ariaLabel="Diagram overview" style={MINIMAP_STYLE} />}
    </ReactFlow>
  );
}
