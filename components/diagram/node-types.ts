import type { EdgeTypes, NodeTypes } from '@xyflow/react';
import { TypedEdge } from './edges/typed-edge';
import { ComponentNode } from './nodes/component-node';
import { GroupNode } from './nodes/group-node';
import { NoteNode } from './nodes/note-node';

// Module scope: React Flow re-creates every node if these objects change identity between renders.
export const NODE_TYPES = { component: ComponentNode, group: GroupNode, note: NoteNode } satisfies NodeTypes;
export const EDGE_TYPES = { typed: TypedEdge } satisfies EdgeTypes;
