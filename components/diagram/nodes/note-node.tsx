'use client';

import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { NoteFlowNode } from '../flow-types';
import { NodeBadge, useNodeDecoration } from '../decorations';
import { NodeHandles } from './node-handles';


/** A sticky note: a title (the label) and free text (notes). */
function NoteNodeView({ id, data, selected, isConnectable }: NodeProps<NoteFlowNode>) {
  const { isHighlighted, badge } = useNodeDecoration(id);
  const ring = selected ? 'ring-2 ring-sky-300' : isHighlighted ? 'ring-2 ring-amber-300' : '';
  return (
    <div className={`group relative max-w-60 min-w-36 rounded-md border border-yellow-300 bg-yellow-100 px-3 py-2 text-sm text-yellow-950 shadow-sm ${ring}`}>
      <div className="font-medium">{data.label}</div>
      {data.notes ? <p className="mt-1 text-xs whitespace-pre-wrap">{data.notes}</p> : null}
      <NodeBadge text={badge} />
      <NodeHandles isConnectable={isConnectable} />
    </div>
  );
}

export const NoteNode = memo(NoteNodeView);
