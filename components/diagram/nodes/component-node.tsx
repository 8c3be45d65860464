'use client';

import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { ComponentFlowNode } from '../flow-types';
import { NodeBadge, useNodeDecoration } from '../decorations';
import { KIND_ICONS } from '../kind-icons';
import { NodeHandles } from './node-handles';


/** A typed component: icon, name, technology and the replica count analysis will read. */
function ComponentNodeView({ id, data, selected, isConnectable }: NodeProps<ComponentFlowNode>) {
  const Icon = KIND_ICONS[data.kind];
  const { isHighlighted, badge } = useNodeDecoration(id);
  const instances = data.instances !== undefined && data.instances !== 1 ? `×${data.instances}` : undefined;
  const ring = selected ? 'border-sky-500 ring-2 ring-sky-300' : isHighlighted ? 'border-amber-500 ring-2 ring-amber-300' : 'border-slate-300';
  return (
    <div className={`group relative flex min-w-40 items-center gap-2 rounded-lg border bg-white px-3 py-2 shadow-sm ${ring}`}>
      <Icon aria-hidden className="h-5 w-5 shrink-0 text-slate-600" />
      <div className="min-w-0 leading-tight">
        <div className="truncate text-sm font-medium text-slate-900">{data.label || 'Untitled'}</div>
        {data.technology ? <div className="truncate text-xs text-slate-500">{data.technology}</div> : null}
      </div>
      {instances ? <span className="ml-auto rounded bg-slate-100 px-1 text-xs text-slate-700">{instances}</span> : null}
      <NodeBadge text={badge} />
      <NodeHandles isConnectable={isConnectable} />
    </div>
  );
}

export const ComponentNode = memo(ComponentNodeView);
