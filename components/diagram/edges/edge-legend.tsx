'use client';

import { Panel } from '@xyflow/react';
import { memo } from 'react';
import { EDGE_KINDS } from '@/lib/diagram/kinds';
import { EDGE_KIND_INFO } from './edge-styles';

// A key only: clicks and drags go through it to the canvas underneath.
const PASS_THROUGH = { pointerEvents: 'none' } as const;

/** Key to the line styles, since edges carry only their own labels (protocols), not their kinds. */
function EdgeLegendView() {
  return (
    <Panel position="top-left" style={PASS_THROUGH}>
      <ul aria-label="Connection types" className="flex gap-2.5 rounded bg-white/90 px-2 py-1 text-[11px] whitespace-nowrap text-slate-700 shadow-sm">
        {EDGE_KINDS.map((kind) => {
          const { label, style } = EDGE_KIND_INFO[kind];
          return (
            <li key={kind} className="flex items-center gap-1">
              <svg aria-hidden width="24" height="6">
                <line x1="0" y1="3" x2="24" y2="3" stroke={style.stroke} strokeWidth={style.strokeWidth} strokeDasharray={style.strokeDasharray} />
              </svg>
              {label}
            </li>
          );
        })}
      </ul>
    </Panel>
  );
}

export const EdgeLegend = memo(EdgeLegendView);
