import { DIAGRAM_LIMITS } from './kinds';
import { diagramSchema, type Diagram, type DiagramEdge, type DiagramNode } from './schema';

/**
 * Conversion between the editor's runtime state and the saved format, and JSON import/export.
 * The runtime node is the saved node plus fields React Flow adds while editing; these never reach the
 * server, so saved diagrams compare equal regardless of selection or measurement.
 */
export interface UiNodeFields {
  selected?: boolean;
  dragging?: boolean;
  measured?: { width?: number; height?: number };
  resizing?: boolean;
  className?: string;
}
export interface UiEdgeFields {
  type?: 'typed';
  selected?: boolean;
  animated?: boolean;
  className?: string;
}
export type CanvasNode = DiagramNode & UiNodeFields;
export type CanvasEdge = DiagramEdge & UiEdgeFields;

/** The one edge renderer; kept on runtime edges only. */
export const CANVAS_EDGE_TYPE = 'typed';

function savedNode(node: CanvasNode): DiagramNode {
  const base = {
    id: node.id,
    position: { x: node.position.x, y: node.position.y },
    ...(node.parentId ? { parentId: node.parentId } : {}),
    ...(node.width !== undefined ? { width: node.width } : {}),
    ...(node.height !== undefined ? { height: node.height } : {}),
  };
  // One case per variant keeps the type/data pairing checked by the compiler.
  switch (node.type) {
    case 'component':
      return { ...base, type: 'component', data: node.data };
    case 'group':
      return { ...base, type: 'group', data: node.data };
    case 'note':
      return { ...base, type: 'note', data: node.data };
  }
}

function savedEdge(edge: CanvasEdge): DiagramEdge {
  return {
    id: edge.id,
    source: edge.source,
    target: edge.target,
    ...(edge.sourceHandle ? { sourceHandle: edge.sourceHandle } : {}),
    ...(edge.targetHandle ? { targetHandle: edge.targetHandle } : {}),
    data: edge.data,
  };
}

/** Runtime state → saved format, without UI-only fields (`selected`, `measured`, `dragging`…). */
export function toSavedDiagram(nodes: readonly CanvasNode[], edges: readonly CanvasEdge[]): Diagram {
  return { nodes: nodes.map(savedNode), edges: edges.map(savedEdge) };
}

/** Saved format → runtime state: every edge gets the typed renderer. */
export function toCanvasState(diagram: Diagram): { nodes: CanvasNode[]; edges: CanvasEdge[] } {
  return { nodes: diagram.nodes, edges: diagram.edges.map((e) => ({ ...e, type: CANVAS_EDGE_TYPE })) };
}

/** Thrown for a file that is not a valid diagram; the message is meant for the user. */
export class DiagramImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DiagramImportError';
  }
}

function describePath(path: readonly PropertyKey[]): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`)).join('');
}

/**
 * Parses an imported file's text into a diagram. Never touches editor state: the caller replaces the
 * diagram only when this returns. Throws DiagramImportError naming the first problem found.
 */
export function parseDiagramJson(text: string): Diagram {
  if (new TextEncoder().encode(text).length > DIAGRAM_LIMITS.maxBytes) {
    throw new DiagramImportError('The file is larger than 1 MB, the largest diagram Scaleboard accepts.');
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new DiagramImportError('The file is not valid JSON.');
  }
  const result = diagramSchema.safeParse(raw);
  if (!result.success) {
    const [first, ...rest] = result.error.issues;
    const where = first && first.path.length > 0 ? ` at ${describePath(first.path)}` : '';
    const more = rest.length > 0 ? ` (and ${rest.length} more problem${rest.length === 1 ? '' : 's'})` : '';
    throw new DiagramImportError(`The file is not a Scaleboard diagram: ${first?.message ?? 'unknown problem'}${where}${more}.`);
  }
  return result.data;
}

/** The JSON download: the saved format, pretty-printed so it diffs well. */
export function diagramToJson(diagram: Diagram): string {
  return `${JSON.stringify(diagram, null, 2)}\n`;
}
