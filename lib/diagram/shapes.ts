/**
 * The few node and edge fields the pure operations need. Both the saved format and React Flow's richer
 * runtime nodes satisfy these, so one implementation serves the editor, the server and analysis.
 */
export interface XY {
  x: number;
  y: number;
}

export interface NodeLike {
  id: string;
  type?: string;
  position: XY;
  parentId?: string;
  width?: number;
  height?: number;
  /** Set by React Flow once the node is in the DOM. */
  measured?: { width?: number; height?: number };
  selected?: boolean;
}

export interface EdgeLike {
  id: string;
  source: string;
  target: string;
  selected?: boolean;
}

export interface Graph<N extends NodeLike = NodeLike, E extends EdgeLike = EdgeLike> {
  nodes: N[];
  edges: E[];
}

/** Sizes used before React Flow has measured a node (and by layout and tests). */
export const DEFAULT_SIZES: Record<string, { width: number; height: number }> = {
  component: { width: 168, height: 56 },
  group: { width: 420, height: 280 },
  note: { width: 180, height: 90 },
};

export function nodeSize(node: NodeLike): { width: number; height: number } {
  const fallback = DEFAULT_SIZES[node.type ?? 'component'] ?? { width: 168, height: 56 };
  return {
    width: node.width ?? node.measured?.width ?? fallback.width,
    height: node.height ?? node.measured?.height ?? fallback.height,
  };
}
