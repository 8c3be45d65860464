'use client';

import { memo } from 'react';
import type { EdgeData } from '@/lib/diagram/schema';
import type { FlowEdge, FlowNode } from './flow-types';
import { ConnectField } from './properties/connect-field';
import { EdgeProperties } from './properties/edge-properties';
import { NodeProperties } from './properties/node-properties';
import type { CommonPatch, ComponentPatch } from './use-editor-actions';

export interface PropertiesPanelProps {
  node?: FlowNode;
  edge?: FlowEdge;
  /** Labels of the selected edge's ends. */
  edgeEnds?: { source: string; target: string };
  selectionCount: number;
  /** Other nodes the selected node can be connected to from the keyboard. */
  connectTargets: readonly { id: string; label: string }[];
  onConnect: (sourceId: string, targetId: string) => void;
  onNodeCommon: (id: string, patch: CommonPatch, field: string) => void;
  onComponent: (id: string, patch: ComponentPatch, field: string) => void;
  onEdge: (id: string, patch: Partial<EdgeData>, field: string) => void;
}

/** Properties of the one selected node or edge. Keyed by id so field drafts reset on a new selection. */
function PropertiesPanelView({ node, edge, edgeEnds, selectionCount, connectTargets, onConnect, onNodeCommon, onComponent, onEdge }: PropertiesPanelProps) {
  let body;
  if (node) {
    body = (
      <>
        <NodeProperties key={node.id} node={node} onCommon={(patch, field) => onNodeCommon(node.id, patch, field)} onComponent={(patch, field) => onComponent(node.id, patch, field)} />
        <ConnectField key={`connect-${node.id}`} targets={connectTargets} onConnect={(target) => onConnect(node.id, target)} />
      </>
    );
  } else if (edge) {
    body = <EdgeProperties key={edge.id} edge={edge} sourceLabel={edgeEnds?.source ?? edge.source} targetLabel={edgeEnds?.target ?? edge.target} onChange={(patch, field) => onEdge(edge.id, patch, field)} />;
  } else {
    body = <p className="text-sm text-slate-500">{selectionCount > 1 ? `${selectionCount} items selected.` : 'Select a component or connection to edit its properties.'}</p>;
  }
  return (
    <aside aria-label="Properties" className="flex w-60 shrink-0 flex-col gap-3 overflow-y-auto border-l border-slate-200 bg-white p-3">
      <h2 className="text-sm font-semibold text-slate-800">Properties</h2>
      {body}
    </aside>
  );
}

export const PropertiesPanel = memo(PropertiesPanelView);
