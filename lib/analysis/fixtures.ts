import type { ComponentKind, GroupKind } from '@/lib/diagram/kinds';
import type { ComponentData, Diagram, DiagramNode } from '@/lib/diagram/schema';
import type { EdgeKind } from '@/lib/diagram/kinds';

/**
 * Small diagrams for tests, written compactly: nodes as `{ id: kind }` or `{ id: [kind, data] }`, edges as
 * "source>target" (sync) or "source>target:kind", parents as `{ child: groupId }`.
 */
type NodeSpec = ComponentKind | GroupKind | 'note' | [ComponentKind | GroupKind | 'note', Partial<ComponentData>];

function toNode(id: string, spec: NodeSpec, parentId: string | undefined): DiagramNode {
  const [kind, data] = Array.isArray(spec) ? spec : [spec, {}];
  const base = { id, position: { x: 0, y: 0 }, ...(parentId ? { parentId } : {}) };
  const label = data.label ?? id;
  if (kind === 'region' || kind === 'zone') return { ...base, type: 'group', data: { label, kind, notes: data.notes } };
  if (kind === 'note') return { ...base, type: 'note', data: { label, kind, notes: data.notes } };
  return { ...base, type: 'component', data: { ...data, label, kind } };
}

/** A diagram from compact specs (see the module comment). */
export function design(nodes: Record<string, NodeSpec>, edges: string[] = [], parents: Record<string, string> = {}): Diagram {
  return {
    nodes: Object.entries(nodes).map(([id, spec]) => toNode(id, spec, parents[id])),
    edges: edges.map((text) => {
      const [ends = '', kind = 'sync'] = text.split(':');
      const [source = '', target = ''] = ends.split('>');
      return { id: `${source}-${target}-${kind}`, source, target, data: { kind: kind as EdgeKind } };
    }),
  };
}

/** Two copies: enough to pass the failover rules. */
export const HA = { instances: 2 } as const;
