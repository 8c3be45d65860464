import type { Edge, Node } from '@xyflow/react';
import type { CanvasEdge, CanvasNode } from '@/lib/diagram/serialize';

/**
 * Runtime node and edge types for React Flow: our saved shape intersected with React Flow's own, so
 * React Flow's generics see every field they expect while `type` and `data` stay precisely typed.
 */
export type FlowNode = CanvasNode & Node;
export type FlowEdge = CanvasEdge & Edge;
export type ComponentFlowNode = Extract<FlowNode, { type: 'component' }>;
export type GroupFlowNode = Extract<FlowNode, { type: 'group' }>;
export type NoteFlowNode = Extract<FlowNode, { type: 'note' }>;
