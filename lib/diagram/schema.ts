import { z } from 'zod';
import {
  COMPONENT_KINDS,
  DIAGRAM_LIMITS as L,
  EDGE_KINDS,
  EVICTION_POLICIES,
  GROUP_KINDS,
  NOTE_KIND,
  REPLICATION_MODES,
} from './kinds';

/**
 * The saved diagram format, shared by the canvas (client), the API and analysis. It is React Flow's own
 * node/edge shape with our typed `data`, so a saved diagram loads into React Flow without translation.
 * Property names in `data` are a contract: analysis and review read them.
 */
const idSchema = z.string().trim().min(1).max(L.maxId);
const count = (max: number) => z.number().int().min(0).max(max);

const commonDataSchema = z.object({
  label: z.string().trim().max(L.maxLabel),
  notes: z.string().max(L.maxNotes).optional(),
});

export const componentDataSchema = commonDataSchema.extend({
  kind: z.enum(COMPONENT_KINDS),
  technology: z.string().trim().max(L.maxTechnology).optional(),
  instances: count(100_000).optional(),
  replicas: count(1_000).optional(),
  /** Requests per second one instance can serve. */
  capacityPerInstance: z.number().positive().max(1e9).optional(),
  shards: count(100_000).optional(),
  replicationMode: z.enum(REPLICATION_MODES).optional(),
  evictionPolicy: z.enum(EVICTION_POLICIES).optional(),
  ttlSeconds: z.number().int().min(0).max(10 * 365 * 86_400).optional(),
  /** Cache hit ratio, 0..1; analysis assumes 0.8 when absent. */
  hitRatio: z.number().min(0).max(1).optional(),
  /** Availability of one instance, 0..1; analysis uses a per-kind default when absent. */
  availability: z.number().min(0).max(1).optional(),
  /** Latency one hop through this component adds, in milliseconds; analysis defaults by kind. */
  latencyMs: z.number().min(0).max(60_000).optional(),
});

export const groupDataSchema = commonDataSchema.extend({ kind: z.enum(GROUP_KINDS) });
export const noteDataSchema = commonDataSchema.extend({ kind: z.literal(NOTE_KIND) });

const positionSchema = z.object({ x: z.number().finite(), y: z.number().finite() });
const sizeSchema = z.number().finite().positive().max(100_000);

const nodeBase = {
  id: idSchema,
  position: positionSchema,
  parentId: idSchema.optional(),
  width: sizeSchema.optional(),
  height: sizeSchema.optional(),
};

export const diagramNodeSchema = z.discriminatedUnion('type', [
  z.object({ ...nodeBase, type: z.literal('component'), data: componentDataSchema }),
  z.object({ ...nodeBase, type: z.literal('group'), data: groupDataSchema }),
  z.object({ ...nodeBase, type: z.literal('note'), data: noteDataSchema }),
]);

export const edgeDataSchema = z.object({
  kind: z.enum(EDGE_KINDS).default('sync'),
  label: z.string().trim().max(L.maxEdgeLabel).optional(),
});

export const diagramEdgeSchema = z.object({
  id: idSchema,
  source: idSchema,
  target: idSchema,
  sourceHandle: z.string().max(L.maxId).nullish(),
  targetHandle: z.string().max(L.maxId).nullish(),
  data: edgeDataSchema.default({ kind: 'sync' }),
});

const diagramShape = z.object({
  nodes: z.array(diagramNodeSchema).max(L.maxNodes),
  edges: z.array(diagramEdgeSchema).max(L.maxEdges),
});

type DiagramShape = z.infer<typeof diagramShape>;

/** Ids are unique, edges join existing nodes and parents are containers. */
function checkReferences(diagram: DiagramShape, ctx: z.RefinementCtx): void {
  const byId = new Map<string, (typeof diagram.nodes)[number]>();
  diagram.nodes.forEach((node, i) => {
    if (byId.has(node.id)) ctx.addIssue({ code: 'custom', path: ['nodes', i, 'id'], message: `Duplicate node id "${node.id}"` });
    byId.set(node.id, node);
  });
  diagram.nodes.forEach((node, i) => {
    if (node.parentId === undefined) return;
    const parent = byId.get(node.parentId);
    if (!parent || parent.type !== 'group' || parent.id === node.id) {
      ctx.addIssue({ code: 'custom', path: ['nodes', i, 'parentId'], message: `Parent "${node.parentId}" is not a region or zone in this diagram` });
    }
  });
  const edgeIds = new Set<string>();
  diagram.edges.forEach((edge, i) => {
    if (edgeIds.has(edge.id)) ctx.addIssue({ code: 'custom', path: ['edges', i, 'id'], message: `Duplicate edge id "${edge.id}"` });
    edgeIds.add(edge.id);
    for (const end of ['source', 'target'] as const) {
      if (!byId.has(edge[end])) {
        ctx.addIssue({ code: 'custom', path: ['edges', i, end], message: `Edge "${edge.id}" points at unknown node "${edge[end]}"` });
      }
    }
  });
}

/** A whole diagram, checked for consistency as well as shape. */
export const diagramSchema = diagramShape.superRefine(checkReferences);

export type Diagram = z.infer<typeof diagramSchema>;
export type DiagramInput = z.input<typeof diagramSchema>;
export type DiagramNode = z.infer<typeof diagramNodeSchema>;
export type DiagramEdge = z.infer<typeof diagramEdgeSchema>;
export type ComponentData = z.infer<typeof componentDataSchema>;
export type EdgeData = z.infer<typeof edgeDataSchema>;

/** Body of `PUT /api/sessions/{id}/diagram`. */
export const saveDiagramSchema = diagramShape
  .extend({ baseVersion: z.number().int().min(0) })
  .superRefine(checkReferences);
export type SaveDiagramInput = z.infer<typeof saveDiagramSchema>;

export const EMPTY_DIAGRAM: Diagram = { nodes: [], edges: [] };
