'use client';

import { applyEdgeChanges, applyNodeChanges, type EdgeChange, type NodeChange } from '@xyflow/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { canRedo, canUndo, createHistory, pushHistory, redo, undo, type History } from '@/lib/diagram/history';
import { sameDiagram } from '@/lib/diagram/merge';
import type { Diagram } from '@/lib/diagram/schema';
import { toCanvasState, toSavedDiagram } from '@/lib/diagram/serialize';
import type { FlowEdge, FlowNode } from './flow-types';

/**
 * The editor's nodes and edges with undo history. Refs hold the latest state so handlers can compute
 * the next state synchronously (React state lags one render); every write goes through `set` or
 * `commit`, which keep refs and state in step. Only `commit` records history and reports a change.
 */
export interface FlowGraph {
  nodes: FlowNode[];
  edges: FlowEdge[];
}

function toFlow(diagram: Diagram, selectedIds: ReadonlySet<string> = new Set()): FlowGraph {
  const { nodes, edges } = toCanvasState(diagram);
  return { nodes: nodes.map((n): FlowNode => (selectedIds.has(n.id) ? { ...n, selected: true } : n)), edges };
}

/** Drops edges whose ends are gone (e.g. right after React Flow removed nodes, before their edges). */
function withoutDanglingEdges(graph: FlowGraph): FlowGraph {
  const ids = new Set(graph.nodes.map((n) => n.id));
  const edges = graph.edges.filter((e) => ids.has(e.source) && ids.has(e.target));
  return edges.length === graph.edges.length ? graph : { nodes: graph.nodes, edges };
}

/** With `isHistoryOwned` false an outside history drives undo, so only the present is tracked (for no-op edits). */
export function useEditorState(initial: Diagram, onChange?: (diagram: Diagram) => void, isHistoryOwned = true) {
  const [start] = useState(() => toFlow(initial));
  const graphRef = useRef<FlowGraph>(start);
  const [graph, setGraph] = useState<FlowGraph>(start);
  const historyRef = useRef<History<Diagram>>(createHistory(initial));
  const [flags, setFlags] = useState({ canUndo: false, canRedo: false });
  const isDraggingRef = useRef(false);

  const set = useCallback((next: Partial<FlowGraph>) => {
    graphRef.current = { ...graphRef.current, ...next };
    setGraph(graphRef.current);
  }, []);

  const remember = useCallback(
    (history: History<Diagram>) => {
      historyRef.current = isHistoryOwned ? history : createHistory(history.present);
      setFlags({ canUndo: canUndo(historyRef.current), canRedo: canRedo(historyRef.current) });
    },
    [isHistoryOwned],
  );

  /** Applies an edit as one undoable step and reports the saved form. */
  const commit = useCallback(
    (next: Partial<FlowGraph>, coalesceKey?: string) => {
      set(withoutDanglingEdges({ ...graphRef.current, ...next }));
      const saved = toSavedDiagram(graphRef.current.nodes, graphRef.current.edges);
      // A click that moved nothing, or a field set to its current value, is not an edit.
      if (sameDiagram(saved, historyRef.current.present)) return;
      remember(pushHistory(historyRef.current, saved, { coalesceKey, now: Date.now() }));
      onChange?.(saved);
    },
    [onChange, remember, set],
  );

  /** Shows another diagram (undo, redo, import, a merge from the server), keeping the selection. */
  const show = useCallback(
    (diagram: Diagram) => {
      const selected = new Set(graphRef.current.nodes.filter((n) => n.selected).map((n) => n.id));
      set(toFlow(diagram, selected));
    },
    [set],
  );

  const step = useCallback(
    (move: typeof undo) => {
      const history = move(historyRef.current);
      if (history === historyRef.current) return;
      remember(history);
      show(history.present);
      onChange?.(history.present);
    },
    [onChange, remember, show],
  );

  /** A diagram from outside (server merge): becomes the present without counting as a local edit. */
  const adopt = useCallback(
    (diagram: Diagram) => {
      show(diagram);
      remember(pushHistory(historyRef.current, diagram));
    },
    [remember, show],
  );

  const onNodesChange = useCallback(
    (changes: NodeChange<FlowNode>[]) => {
      const nodes = applyNodeChanges(changes, graphRef.current.nodes);
      // Drag ends are committed by the drag-stop handler (after nesting); keyboard nudges and resizes here.
      const isEdit = changes.some(
        (c) => c.type === 'remove' || (c.type === 'position' && c.dragging === false && !isDraggingRef.current) || (c.type === 'dimensions' && c.resizing === false),
      );
      if (isEdit) commit({ nodes }, changes.some((c) => c.type === 'remove') ? 'remove' : 'nudge');
      else set({ nodes });
    },
    [commit, set],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange<FlowEdge>[]) => {
      const edges = applyEdgeChanges(changes, graphRef.current.edges);
      if (changes.some((c) => c.type === 'remove')) commit({ edges }, 'remove');
      else set({ edges });
    },
    [commit, set],
  );

  const selectAll = useCallback(() => {
    const { nodes, edges } = graphRef.current;
    set({ nodes: nodes.map((n) => (n.selected ? n : { ...n, selected: true })), edges: edges.map((e) => (e.selected ? e : { ...e, selected: true })) });
  }, [set]);

  // While a drag runs, its end is committed by the drag-stop handler rather than by onNodesChange.
  const startDrag = useCallback(() => {
    isDraggingRef.current = true;
  }, []);
  const endDrag = useCallback(() => {
    isDraggingRef.current = false;
  }, []);

  return {
    nodes: graph.nodes,
    edges: graph.edges,
    graphRef,
    startDrag,
    endDrag,
    commit,
    adopt,
    undo: useCallback(() => step(undo), [step]),
    redo: useCallback(() => step(redo), [step]),
    canUndo: flags.canUndo,
    canRedo: flags.canRedo,
    onNodesChange,
    onEdgesChange,
    selectAll,
  };
}

export type EditorState = ReturnType<typeof useEditorState>;

/** Applies an `external` diagram (see DiagramEditorProps) once per revision. */
export function useExternalDiagram(external: { diagram: Diagram; revision: number } | null | undefined, adopt: (diagram: Diagram) => void): void {
  const appliedRef = useRef(external?.revision);
  useEffect(() => {
    if (!external || external.revision === appliedRef.current) return;
    appliedRef.current = external.revision;
    adopt(external.diagram);
  }, [external, adopt]);
}
