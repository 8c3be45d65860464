import * as Y from 'yjs';
import { diagramEdgeSchema, diagramNodeSchema, diagramSchema, type Diagram, type DiagramEdge, type DiagramNode } from '@/lib/diagram/schema';
import { sessionEstimateSchema, type SessionEstimate } from '@/lib/estimator/schema';
import { PHASES } from '@/lib/sessions/phases';

/**
 * The layout of a room's shared Yjs document, used by both browsers and by the server when it freezes the
 * interview into a session. Nodes and edges are maps keyed by id, so concurrent edits of different nodes
 * merge and a whole diagram is never rewritten for a one-node change. Everything read back is parsed:
 * the document is written by browsers, and a merge can leave an edge whose node the other person deleted.
 */
export const ROOM_KEYS = { nodes: 'nodes', edges: 'edges', estimate: 'estimate' } as const;
export const EMPTY_ESTIMATE: SessionEstimate = { inputs: {}, lines: [] };

export const nodesMap = (doc: Y.Doc) => doc.getMap<unknown>(ROOM_KEYS.nodes);
export const edgesMap = (doc: Y.Doc) => doc.getMap<unknown>(ROOM_KEYS.edges);
export const estimateMap = (doc: Y.Doc) => doc.getMap<unknown>(ROOM_KEYS.estimate);
/** The shared notes of one phase (1-6). */
export const phaseText = (doc: Y.Doc, phase: number) => doc.getText(`notes:${phase}`);

function parsedValues<T>(map: Y.Map<unknown>, schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } }): T[] {
  const out: T[] = [];
  for (const value of map.values()) {
    const parsed = schema.safeParse(value);
    if (parsed.success) out.push(parsed.data);
  }
  return out;
}

/** The diagram in the document, repaired to a valid one (dangling edges and parents dropped). */
export function readDiagram(doc: Y.Doc): Diagram {
  const nodes = parsedValues<DiagramNode>(nodesMap(doc), diagramNodeSchema).sort(
    (a, b) => Number(b.type === 'group') - Number(a.type === 'group') || a.id.localeCompare(b.id),
  );
  const groups = new Set(nodes.filter((n) => n.type === 'group').map((n) => n.id));
  const ids = new Set(nodes.map((n) => n.id));
  const repaired = nodes.map((n) => (n.parentId !== undefined && (!groups.has(n.parentId) || n.parentId === n.id) ? { ...n, parentId: undefined } : n));
  const edges = parsedValues<DiagramEdge>(edgesMap(doc), diagramEdgeSchema)
    .filter((e) => ids.has(e.source) && ids.has(e.target))
    .sort((a, b) => a.id.localeCompare(b.id));
  const result = diagramSchema.safeParse(JSON.parse(JSON.stringify({ nodes: repaired, edges })));
  return result.success ? result.data : { nodes: [], edges: [] };
}

/** Writes only the entries that changed into `map` (deleting the ones gone), inside the caller's transaction. */
function syncEntries(map: Y.Map<unknown>, items: { id: string }[]): void {
  const seen = new Set<string>();
  for (const item of items) {
    seen.add(item.id);
    const plain = JSON.parse(JSON.stringify(item)) as unknown;
    if (JSON.stringify(map.get(item.id)) !== JSON.stringify(plain)) map.set(item.id, plain);
  }
  for (const key of Array.from(map.keys())) if (!seen.has(key)) map.delete(key);
}

/** Records a local edit of the diagram as one Yjs transaction. */
export function writeDiagram(doc: Y.Doc, diagram: Diagram, origin?: unknown): void {
  doc.transact(() => {
    syncEntries(nodesMap(doc), diagram.nodes);
    syncEntries(edgesMap(doc), diagram.edges);
  }, origin);
}

export function readEstimate(doc: Y.Doc): SessionEstimate {
  const result = sessionEstimateSchema.safeParse(estimateMap(doc).toJSON());
  return result.success ? result.data : EMPTY_ESTIMATE;
}

export function writeEstimate(doc: Y.Doc, estimate: SessionEstimate, origin?: unknown): void {
  const map = estimateMap(doc);
  doc.transact(() => {
    for (const key of ['inputs', 'lines', 'results'] as const) {
      const plain = estimate[key] === undefined ? undefined : (JSON.parse(JSON.stringify(estimate[key])) as unknown);
      if (plain === undefined) map.delete(key);
      else if (JSON.stringify(map.get(key)) !== JSON.stringify(plain)) map.set(key, plain);
    }
  }, origin);
}

/** Phase notes as a session stores them: `{ "1": "..." }`, empty phases left out. */
export function readNotes(doc: Y.Doc): Record<string, string> {
  const notes: Record<string, string> = {};
  for (const phase of PHASES) {
    const text = phaseText(doc, phase.id).toString();
    if (text.trim()) notes[String(phase.id)] = text;
  }
  return notes;
}

/**
 * Applies a textarea's new value to a Y.Text as one delete and one insert around the common prefix and
 * suffix, so concurrent typing elsewhere in the text survives the merge.
 */
export function applyTextChange(text: Y.Text, next: string): void {
  const current = text.toString();
  if (current === next) return;
  let start = 0;
  while (start < current.length && start < next.length && current[start] === next[start]) start++;
  let end = 0;
  while (end < current.length - start && end < next.length - start && current[current.length - 1 - end] === next[next.length - 1 - end]) end++;
  text.doc?.transact(() => {
    text.delete(start, current.length - start - end);
    text.insert(start, next.slice(start, next.length - end));
  });
}

/** The work in a stored room state, as the frozen session keeps it. */
export function decodeRoomWork(state: Uint8Array | null) {
  const doc = new Y.Doc();
  if (state) Y.applyUpdate(doc, state);
  const work = { diagram: readDiagram(doc), estimate: readEstimate(doc), notes: readNotes(doc) };
  doc.destroy();
  return work;
}
