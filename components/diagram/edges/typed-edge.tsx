'use client';

import { BaseEdge, EdgeLabelRenderer, getSmoothStepPath, useInternalNode, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import type { FlowEdge } from '../flow-types';
import { useIsEdgeHighlighted } from '../decorations';
import { EDGE_KIND_INFO } from './edge-styles';
import { facingEnds } from './floating';

/** A connection drawn per its kind (dashed for async, dotted for replication…) with its label. */
function TypedEdgeView(props: EdgeProps<FlowEdge>) {
  const { id, data, selected, markerEnd, source, target, sourceHandleId, targetHandleId } = props;
  const sourceNode = useInternalNode(source);
  const targetNode = useInternalNode(target);
  const hasHandles = Boolean(sourceHandleId || targetHandleId);
  const ends = !hasHandles && sourceNode && targetNode ? facingEnds(sourceNode, targetNode) : props;
  const [path, labelX, labelY] = getSmoothStepPath({ ...pick(ends), borderRadius: 8 });
  const info = EDGE_KIND_INFO[data?.kind ?? 'sync'];
  const isHighlighted = useIsEdgeHighlighted(id);
  const style = { ...info.style, ...(selected ? { stroke: '#0284c7', strokeWidth: 2.5 } : isHighlighted ? { stroke: '#f59e0b', strokeWidth: 3 } : {}) };
  const label = data?.label;
  return (
    <>
      <BaseEdge id={id} path={path} style={style} markerEnd={markerEnd} />
      {/* Only explicit labels are drawn: the line style already tells the kind, and a label per edge
          would add hundreds of elements to a large diagram. */}
      {label ? (
        <EdgeLabelRenderer>
          <div
            className="nodrag nopan pointer-events-none absolute rounded bg-white/90 px-1 text-[11px] text-slate-700 shadow-sm"
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          >
            {label}
          </div>
        </EdgeLabelRenderer>
      ) : null}
    </>
  );
}

function pick({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition }: ReturnType<typeof facingEnds>) {
  return { sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition };
}

export const TypedEdge = memo(TypedEdgeView);
