'use client';

import { useReactFlow, type OnNodeDrag } from '@xyflow/react';
import { useCallback, useMemo, useRef, useState, type DragEvent } from 'react';
import { CATALOGUE } from '@/lib/diagram/catalogue';
import type { NodeKind } from '@/lib/diagram/kinds';
import { DEFAULT_SIZES, type XY } from '@/lib/diagram/shapes';
import type { DiagramEditorProps } from './diagram-editor';
import { FIT_VIEW_OPTIONS, FlowCanvas, GRID } from './flow-canvas';
import type { FlowEdge, FlowNode } from './flow-types';
import { HistoryDialog } from './history-dialog';
import { ImportErrorAlert } from './import-error-alert';
import { Palette, PALETTE_DRAG_TYPE } from './palette';
import { PropertiesPanel } from './properties-panel';
import { Toolbar } from './toolbar';
import { useEditorActions } from './use-editor-actions';
import { useEditorFiles } from './use-editor-files';
import { useEditorShortcuts } from './use-editor-shortcuts';
import { useEditorState, useExternalDiagram } from './use-editor-state';

function afterRender(run: () => void): void {
  requestAnimationFrame(() => requestAnimationFrame(run));
}

const NO_TARGETS: { id: string; label: string }[] = [];

function isNodeKind(value: string): value is NodeKind {
  return Object.hasOwn(CATALOGUE, value);
}

/** Top-left corner that centres a new node of `kind` on `point`, snapped to the grid. */
function placement(kind: NodeKind, point: XY, snap: boolean): XY {
  const size = DEFAULT_SIZES[kind === 'note' ? 'note' : kind === 'region' || kind === 'zone' ? 'group' : 'component'] ?? { width: 0, height: 0 };
  const raw = { x: point.x - size.width / 2, y: point.y - size.height / 2 };
  return snap ? { x: Math.round(raw.x / GRID[0]) * GRID[0], y: Math.round(raw.y / GRID[1]) * GRID[1] } : raw;
}

export function EditorBody({ initial, readOnly = false, onChange, external, history, status, loadRevisions, ariaLabel = 'Architecture diagram', fileName = 'diagram', className }: Omit<DiagramEditorProps, 'highlight' | 'nodeBadges'>) {
  const state = useEditorState(initial, onChange, history === undefined);
  const { undo, redo, canUndo, canRedo } = history ?? state;
  const actions = useEditorActions(state);
  const { screenToFlowPosition, fitView } = useReactFlow<FlowNode, FlowEdge>();
  const surfaceRef = useRef<HTMLDivElement>(null);
  const [isSnapping, setSnapping] = useState(true);
  const [isHistoryOpen, setHistoryOpen] = useState(false);
  const openHistory = useCallback(() => setHistoryOpen(true), []);
  const closeHistory = useCallback(() => setHistoryOpen(false), []);
  const files = useEditorFiles(state.graphRef, surfaceRef, actions.replaceWith, fileName);
  useExternalDiagram(external, state.adopt);
  const { addNode, finishDrag } = actions;

  /** Keyboard and click adds land in the middle of the view, staggered so repeated adds stay visible. */
  const addAtCentre = useCallback(
    (kind: NodeKind) => {
      const rect = surfaceRef.current?.getBoundingClientRect();
      if (!rect) return;
      const centre = screenToFlowPosition({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 });
      const position = placement(kind, centre, isSnapping);
      const taken = (p: XY) => state.graphRef.current.nodes.some((n) => Math.abs(n.position.x - p.x) < 8 && Math.abs(n.position.y - p.y) < 8);
      while (taken(position)) {
        position.x += GRID[0] * 2;
        position.y += GRID[1] * 2;
      }
      addNode(kind, position);
    },
    [addNode, isSnapping, screenToFlowPosition, state.graphRef],
  );

  const onDragOver = useCallback((event: DragEvent<HTMLDivElement>) => {
    if (!event.dataTransfer.types.includes(PALETTE_DRAG_TYPE)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }, []);

  const onDrop = useCallback(
    (event: DragEvent<HTMLDivElement>) => {
      const kind = event.dataTransfer.getData(PALETTE_DRAG_TYPE);
      if (!isNodeKind(kind)) return;
      event.preventDefault();
      addNode(kind, placement(kind, screenToFlowPosition({ x: event.clientX, y: event.clientY }), isSnapping));
    },
    [addNode, isSnapping, screenToFlowPosition],
  );

  const onNodeDragStart = state.startDrag;
  const onNodeDragStop = useCallback<OnNodeDrag<FlowNode>>((_event, _node, moved) => finishDrag(moved), [finishDrag]);
  const onSelectionDragStop = useCallback((_event: unknown, moved: FlowNode[]) => finishDrag(moved), [finishDrag]);
  const onToggleSnap = useCallback(() => setSnapping((s) => !s), []);
  const onFitView = useCallback(() => void fitView({ ...FIT_VIEW_OPTIONS, duration: 200 }), [fitView]);
  // Fit once React Flow has rendered the new positions, not the ones it still holds.
  const onLayout = useCallback(() => void actions.autoLayout().then(() => afterRender(() => void fitView({ ...FIT_VIEW_OPTIONS, duration: 200 }))), [actions, fitView]);
  const rootRef = useRef<HTMLDivElement>(null);
  useEditorShortcuts(rootRef, { undo, redo, copy: actions.copy, paste: actions.paste, duplicate: actions.duplicate, selectAll: state.selectAll }, !readOnly);

  const { nodes, edges } = state;
  const selection = useMemo(() => {
    const selectedNodes = nodes.filter((n) => n.selected);
    const selectedEdges = edges.filter((e) => e.selected);
    const node = selectedNodes.length === 1 ? selectedNodes[0] : undefined;
    const edge = selectedNodes.length === 0 && selectedEdges.length === 1 ? selectedEdges[0] : undefined;
    const labelOf = (id: string) => nodes.find((n) => n.id === id)?.data.label ?? id;
    const edgeEnds = edge ? { source: labelOf(edge.source), target: labelOf(edge.target) } : undefined;
    const connectTargets = node ? nodes.filter((n) => n.id !== node.id).map((n) => ({ id: n.id, label: n.data.label || CATALOGUE[n.data.kind].label })) : NO_TARGETS;
    return { node, edge, edgeEnds, connectTargets, count: selectedNodes.length + selectedEdges.length };
  }, [nodes, edges]);
  const { connect } = actions;
  const connectNodes = useCallback((source: string, target: string) => connect({ source, target, sourceHandle: null, targetHandle: null }), [connect]);

  const canvas = (
    <div ref={surfaceRef} className="relative min-w-0 flex-1">
      <FlowCanvas
        nodes={nodes}
        edges={edges}
        readOnly={readOnly}
        isSnapping={isSnapping}
        ariaLabel={ariaLabel}
        shouldFitOnLoad={initial.nodes.length > 0}
        onNodesChange={state.onNodesChange}
        onEdgesChange={state.onEdgesChange}
        onConnect={actions.connect}
        onNodeDragStart={onNodeDragStart}
        onNodeDragStop={onNodeDragStop}
        onSelectionDragStop={onSelectionDragStop}
        onDragOver={onDragOver}
        onDrop={onDrop}
      />
      <ImportErrorAlert message={files.importError} onDismiss={files.dismissImportError} />
    </div>
  );

  if (readOnly) return <div className={`flex h-full w-full ${className ?? ''}`}>{canvas}</div>;
  return (
    <div ref={rootRef} className={`flex h-full w-full flex-col ${className ?? ''}`}>
      <Toolbar
        canUndo={canUndo}
        canRedo={canRedo}
        hasSelection={selection.count > 0}
        isSnapping={isSnapping}
        edgeKind={actions.edgeKind}
        onUndo={undo}
        onRedo={redo}
        onDelete={actions.deleteSelection}
        onDuplicate={actions.duplicate}
        onLayout={onLayout}
        onFitView={onFitView}
        onToggleSnap={onToggleSnap}
        onEdgeKind={actions.setEdgeKind}
        onExport={files.onExport}
        onImport={files.onImport}
        onHistory={loadRevisions ? openHistory : undefined}
        status={status}
      />
      <div className="flex min-h-0 flex-1">
        <Palette onAdd={addAtCentre} />
        {canvas}
        {isHistoryOpen && loadRevisions ? <HistoryDialog loadRevisions={loadRevisions} onRestore={actions.replaceWith} onClose={closeHistory} /> : null}
        <PropertiesPanel node={selection.node} edge={selection.edge} edgeEnds={selection.edgeEnds} selectionCount={selection.count} connectTargets={selection.connectTargets} onConnect={connectNodes} onNodeCommon={actions.updateNodeCommon} onComponent={actions.updateComponent} onEdge={actions.updateEdge} />
      </div>
    </div>
  );
}
