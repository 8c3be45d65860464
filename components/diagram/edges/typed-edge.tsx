'use client';

import { BaseEdge, EdgeLabelRenderer, getSmoothStepPath, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import type { FlowEdge } from '../flow-types';
import { useIsEdgeHighlighted } from '../decorations';
import { EDGE_KIND_INFO } from './edge-styles';

/** A connection drawn per its kind (dashed for async, dotted for replication…) with its label. */
function TypedEdgeView(props: EdgeProps<FlowEdge>) {
  const { id, data, selected, markerEnd, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition } = props;
  const [path, labelX, labelY] = getSmoothStepPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, borderRadius: 8 });
  const info = EDGE_KIND_INFO[data?.kind ?? 'sync'];
  const isHighlighted = useIsEdgeHighlighted(id);
  const style = { ...info.style, ...(selected ? { stroke: '#0284c7', strokeWidth: 2.5 } : isHighlighted ? { stroke: '#f59e0b', strokeWidth: 3 } : {}) };
  const label = data?.label;
  return (
    <>
      <BaseEdge id={id} path={path} style={style} markerEnd={markerEnd} />
      {label || data?.kind !== 'sync' ? (
        <EdgeLabelRenderer>
          <div
            className="nodrag nopan pointer-events-none absolute rounded bg-white/90 px-1 text-[11px] text-slate-700 shadow-sm"
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          >
            {label || info.label}
          </div>
        </EdgeLabelRenderer>
      ) : null}
    </>
  );
}

export const TypedEdge = memo(TypedEdgeView);
