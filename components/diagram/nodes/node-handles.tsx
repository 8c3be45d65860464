'use client';

import { Handle, Position } from '@xyflow/react';

const SIDES = [
  { id: 'top', position: Position.Top },
  { id: 'right', position: Position.Right },
  { id: 'bottom', position: Position.Bottom },
  { id: 'left', position: Position.Left },
] as const;

/**
 * One handle per side. The canvas uses loose connection mode, so any handle can start or end an edge,
 * like whiteboard connectors; direction comes from the drag.
 */
export function NodeHandles({ isConnectable }: { isConnectable: boolean }) {
  if (!isConnectable) return null;
  return (
    <>
      {SIDES.map((side) => (
        <Handle
          key={side.id}
          id={side.id}
          type="source"
          position={side.position}
          isConnectable={isConnectable}
          className="!h-2.5 !w-2.5 !border-2 !border-white !bg-slate-500 opacity-60 transition-opacity group-hover:opacity-100"
        />
      ))}
    </>
  );
}
