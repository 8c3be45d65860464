'use client';

import { NodeResizer, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { GroupFlowNode } from '../flow-types';
import { NodeBadge, useNodeDecoration } from '../decorations';
import { KIND_ICONS } from '../kind-icons';
import { NodeHandles } from './node-handles';


/** A region or availability zone: a resizable frame that holds other nodes. */
function GroupNodeView({ id, data, selected, isConnectable }: NodeProps<GroupFlowNode>) {
  const Icon = KIND_ICONS[data.kind];
  const { isHighlighted, badge } = useNodeDecoration(id);
  const frame = data.kind === 'region' ? 'border-indigo-300 bg-indigo-50/40' : 'border-teal-300 bg-teal-50/40';
  const ring = selected ? 'ring-2 ring-sky-300' : isHighlighted ? 'ring-2 ring-amber-300' : '';
  return (
    <div className={`group relative h-full w-full rounded-xl border-2 border-dashed ${frame} ${ring}`}>
      {/* isConnectable is false only in read-only mode, where nothing may be resized either. */}
      <NodeResizer isVisible={selected && isConnectable} minWidth={160} minHeight={100} />
      <div className="flex items-center gap-1.5 px-3 py-1.5 text-xs font-semibold tracking-wide text-slate-600 uppercase">
        <Icon aria-hidden className="h-3.5 w-3.5" />
        <span className="truncate">{data.label || 'Untitled'}</span>
      </div>
      <NodeBadge text={badge} />
      <NodeHandles isConnectable={isConnectable} />
    </div>
  );
}

export const GroupNode = memo(GroupNodeView);
