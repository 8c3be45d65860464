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
  // Rendered even when read-only (hidden): edges are anchored to handles.
  const look = isConnectable ? 'opacity-60 group-hover:opacity-100' : '!opacity-0';
  return (
    <>
      {SIDES.map((side) => (
        <Handle
          key={side.id}
          id={side.id}
          type="source"
          position={side.position}
          isConnectable={isConnectable}
          className={`!h-2.5 !w-2.5 !border-2 !border-white !bg-slate-500 transition-opacity ${look}`}
        />
      ))}
    </>
  );
}
