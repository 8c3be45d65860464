import { Position, type InternalNode } from '@xyflow/react';

/**
 * Where an edge without chosen handles (imported, generated or laid out files) meets its nodes: the
 * sides facing each other, so it does not loop round from the top handle of both.
 */
export interface EdgeEnds {
  sourceX: number;
  sourceY: number;
  sourcePosition: Position;
  targetX: number;
  targetY: number;
  targetPosition: Position;
}

function box(node: InternalNode) {
  const { x, y } = node.internals.positionAbsolute;
  const width = node.measured.width ?? 0;
  const height = node.measured.height ?? 0;
  return { x, y, width, height, cx: x + width / 2, cy: y + height / 2 };
}

function sidePoint(b: ReturnType<typeof box>, side: Position): { x: number; y: number } {
  if (side === Position.Left) return { x: b.x, y: b.cy };
  if (side === Position.Right) return { x: b.x + b.width, y: b.cy };
  if (side === Position.Top) return { x: b.cx, y: b.y };
  return { x: b.cx, y: b.y + b.height };
}

export function facingEnds(source: InternalNode, target: InternalNode): EdgeEnds {
  const s = box(source);
  const t = box(target);
  const dx = t.cx - s.cx;
  const dy = t.cy - s.cy;
  const isHorizontal = Math.abs(dx) >= Math.abs(dy);
  const sourcePosition = isHorizontal ? (dx >= 0 ? Position.Right : Position.Left) : dy >= 0 ? Position.Bottom : Position.Top;
  const targetPosition = isHorizontal ? (dx >= 0 ? Position.Left : Position.Right) : dy >= 0 ? Position.Top : Position.Bottom;
  const sp = sidePoint(s, sourcePosition);
  const tp = sidePoint(t, targetPosition);
  return { sourceX: sp.x, sourceY: sp.y, sourcePosition, targetX: tp.x, targetY: tp.y, targetPosition };
}
