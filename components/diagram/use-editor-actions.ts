'use client';

import type { Connection } from '@xyflow/react';
import { useCallback, useRef, useState } from 'react';
import { copySelection, duplicateSelection, pasteClipboard } from '@/lib/diagram/clipboard';
import { DIAGRAM_LIMITS, type EdgeKind, type NodeKind } from '@/lib/diagram/kinds';
import { applyLayout, layoutDiagram } from '@/lib/diagram/layout';
import { createNode, nestAfterDrag, nextLabel, removeElements, type MakeId } from '@/lib/diagram/operations';
import type { ComponentData, Diagram, EdgeData } from '@/lib/diagram/schema';
import { toCanvasState } from '@/lib/diagram/serialize';
import type { Graph, XY } from '@/lib/diagram/shapes';
import type { FlowEdge, FlowNode } from './flow-types';
import type { EditorState } from './use-editor-state';

export const makeId: MakeId = (prefix) => `${prefix}-${crypto.randomUUID().slice(0, 12)}`;

export type ComponentPatch = Partial<Omit<ComponentData, 'kind'>>;
export type CommonPatch = { label?: string; notes?: string };

const PASTE_STEP = 32;

/** The saved format caps nodes and edges; edits past the caps would only fail to save. */
function fitsLimits(graph: Graph<FlowNode, FlowEdge>): boolean {
  return graph.nodes.length <= DIAGRAM_LIMITS.maxNodes && graph.edges.length <= DIAGRAM_LIMITS.maxEdges;
}

/** Every user action on the diagram, each one undoable step built from the pure operations. */
export function useEditorActions(state: EditorState) {
  const { graphRef, commit, endDrag } = state;
  const clipboardRef = useRef<Graph<FlowNode, FlowEdge> | null>(null);
  const pasteCountRef = useRef(0);
  const [edgeKind, setEdgeKind] = useState<EdgeKind>('sync');

  const addNode = useCallback(
    (kind: NodeKind, position: XY) => {
      const { nodes } = graphRef.current;
      if (nodes.length >= DIAGRAM_LIMITS.maxNodes) return undefined;
      const id = makeId('n');
      const base = createNode(kind, position, id);
      const label = nextLabel(nodes.map((n) => n.data.label), base.data.label);
      const node: FlowNode = { ...base, data: { ...base.data, label }, selected: true } as FlowNode;
      const next = [...nodes.map((n) => (n.selected ? { ...n, selected: false } : n)), node];
      commit({ nodes: base.type === 'group' ? next : nestAfterDrag(next, id) });
      return id;
    },
    [commit, graphRef],
  );

  const selectedIds = useCallback(() => {
    const { nodes, edges } = graphRef.current;
    return { nodeIds: nodes.filter((n) => n.selected).map((n) => n.id), edgeIds: edges.filter((e) => e.selected).map((e) => e.id) };
  }, [graphRef]);

  const deleteSelection = useCallback(() => {
    const { nodeIds, edgeIds } = selectedIds();
    if (nodeIds.length + edgeIds.length > 0) commit(removeElements(graphRef.current, nodeIds, edgeIds));
  }, [commit, graphRef, selectedIds]);

  const duplicate = useCallback(() => {
    const { nodeIds } = selectedIds();
    const next = nodeIds.length > 0 ? duplicateSelection(graphRef.current, nodeIds, makeId) : undefined;
    if (next && fitsLimits(next)) commit(next);
  }, [commit, graphRef, selectedIds]);

  const copy = useCallback(() => {
    const { nodeIds } = selectedIds();
    if (nodeIds.length === 0) return;
    clipboardRef.current = copySelection(graphRef.current, nodeIds);
    pasteCountRef.current = 0;
  }, [graphRef, selectedIds]);

  const paste = useCallback(() => {
    if (!clipboardRef.current) return;
    pasteCountRef.current += 1;
    const shift = PASTE_STEP * pasteCountRef.current;
    const next = pasteClipboard(graphRef.current, clipboardRef.current, makeId, { x: shift, y: shift });
    if (fitsLimits(next)) commit(next);
  }, [commit, graphRef]);

  const connect = useCallback(
    (connection: Connection) => {
      const { source, target, sourceHandle = null, targetHandle = null } = connection;
      if (source === target || graphRef.current.edges.length >= DIAGRAM_LIMITS.maxEdges) return;
      const edge: FlowEdge = { id: makeId('e'), source, target, sourceHandle, targetHandle, type: 'typed', data: { kind: edgeKind } };
      commit({ edges: [...graphRef.current.edges, edge] });
    },
    [commit, edgeKind, graphRef],
  );

  /** Label and notes, for any node. Typing in a field coalesces into one undo step. */
  const updateNodeCommon = useCallback(
    (id: string, patch: CommonPatch, field: string) => {
      const nodes = graphRef.current.nodes.map((n): FlowNode => (n.id === id ? ({ ...n, data: { ...n.data, ...patch } } as FlowNode) : n));
      commit({ nodes }, `${id}:${field}`);
    },
    [commit, graphRef],
  );

  const updateComponent = useCallback(
    (id: string, patch: ComponentPatch, field: string) => {
      const nodes = graphRef.current.nodes.map((n): FlowNode => (n.id === id && n.type === 'component' ? { ...n, data: { ...n.data, ...patch } } : n));
      commit({ nodes }, `${id}:${field}`);
    },
    [commit, graphRef],
  );

  const updateEdge = useCallback(
    (id: string, patch: Partial<EdgeData>, field: string) => {
      const edges = graphRef.current.edges.map((e) => (e.id === id ? { ...e, data: { ...e.data, ...patch } } : e));
      commit({ edges }, `${id}:${field}`);
    },
    [commit, graphRef],
  );

  /** After a drag (of one node or a selection): nest each moved node where it was dropped. */
  const finishDrag = useCallback(
    (moved: FlowNode[]) => {
      endDrag();
      const positions = new Map(moved.map((n) => [n.id, n.position]));
      let nodes = graphRef.current.nodes.map((n) => {
        const position = positions.get(n.id);
        return position ? { ...n, position } : n;
      });
      for (const node of moved) nodes = nestAfterDrag(nodes, node.id);
      commit({ nodes });
    },
    [commit, endDrag, graphRef],
  );

  /** Replaces everything (import) as one undoable step. */
  const replaceWith = useCallback((diagram: Diagram) => commit(toCanvasState(diagram)), [commit]);

  const autoLayout = useCallback(async () => {
    const result = await layoutDiagram(graphRef.current);
    // Laid-out edges meet their nodes on the facing sides; handles chosen for the old positions would not.
    const edges = graphRef.current.edges.map((e) => ({ ...e, sourceHandle: null, targetHandle: null }));
    commit({ nodes: applyLayout(graphRef.current.nodes, result), edges });
  }, [commit, graphRef]);

  return { addNode, deleteSelection, duplicate, copy, paste, connect, updateNodeCommon, updateComponent, updateEdge, finishDrag, replaceWith, autoLayout, edgeKind, setEdgeKind };
}

export type EditorActions = ReturnType<typeof useEditorActions>;
