'use client';

import { useEffect, useMemo, useState, type RefObject } from 'react';
import { z } from 'zod';
import type { Awareness } from 'y-protocols/awareness';

/**
 * Live cursors and selections on the shared canvas, through Yjs awareness. Positions travel in the
 * diagram's own coordinates (not pixels), so they land on the same spot whatever each person's pan and
 * zoom. The editor keeps React Flow's viewport to itself, so it is read from the rendered surface.
 */
const peerStateSchema = z.object({
  user: z.object({ name: z.string().max(100), color: z.string().regex(/^#[0-9a-f]{6}$/i), role: z.enum(['interviewer', 'candidate']) }),
  cursor: z.object({ x: z.number().finite(), y: z.number().finite() }).nullish(),
  selection: z.array(z.string().max(64)).max(1000).optional(),
});
export type PeerPresence = z.infer<typeof peerStateSchema> & { clientId: number };

/** React Flow's pan and zoom, plus where its pane sits inside our surface (below the toolbar, beside the palette). */
interface Viewport {
  x: number;
  y: number;
  zoom: number;
  paneLeft: number;
  paneTop: number;
}

const CURSOR_INTERVAL_MS = 50;

function readViewport(surface: HTMLElement): Viewport {
  const transform = surface.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform ?? '';
  const match = /translate\((-?[\d.]+)px,\s*(-?[\d.]+)px\)\s*scale\(([\d.]+)\)/.exec(transform);
  const pane = surface.querySelector<HTMLElement>('.react-flow')?.getBoundingClientRect();
  const outer = surface.getBoundingClientRect();
  return {
    x: match ? Number(match[1]) : 0,
    y: match ? Number(match[2]) : 0,
    zoom: match ? Number(match[3]) || 1 : 1,
    paneLeft: pane ? pane.left - outer.left : 0,
    paneTop: pane ? pane.top - outer.top : 0,
  };
}

const sameViewport = (a: Viewport, b: Viewport) => a.x === b.x && a.y === b.y && a.zoom === b.zoom && a.paneLeft === b.paneLeft && a.paneTop === b.paneTop;

function readSelection(surface: HTMLElement): string[] {
  return Array.from(surface.querySelectorAll<HTMLElement>('.react-flow__node.selected'), (el) => el.dataset.id ?? '').filter(Boolean);
}

function usePeers(awareness: Awareness): PeerPresence[] {
  const [peers, setPeers] = useState<PeerPresence[]>([]);
  useEffect(() => {
    const update = () => {
      const next: PeerPresence[] = [];
      awareness.getStates().forEach((state, clientId) => {
        const parsed = peerStateSchema.safeParse(state);
        if (clientId !== awareness.clientID && parsed.success) next.push({ ...parsed.data, clientId });
      });
      setPeers(next);
    };
    update();
    awareness.on('change', update);
    return () => awareness.off('change', update);
  }, [awareness]);
  return peers;
}

export function useCanvasPresence(surfaceRef: RefObject<HTMLElement | null>, awareness: Awareness) {
  const peers = usePeers(awareness);
  const [viewport, setViewport] = useState<Viewport>({ x: 0, y: 0, zoom: 1, paneLeft: 0, paneTop: 0 });

  useEffect(() => {
    const surface = surfaceRef.current;
    if (!surface) return;
    let lastSelection = '';
    let lastCursorAt = 0;
    const observer = new MutationObserver(() => {
      const next = readViewport(surface);
      setViewport((v) => (sameViewport(v, next) ? v : next));
      const selection = readSelection(surface);
      if (selection.join() !== lastSelection) {
        lastSelection = selection.join();
        awareness.setLocalStateField('selection', selection);
      }
    });
    observer.observe(surface, { subtree: true, attributes: true, attributeFilter: ['class', 'style'] });
    const onMove = (event: PointerEvent) => {
      if (event.timeStamp - lastCursorAt < CURSOR_INTERVAL_MS) return;
      lastCursorAt = event.timeStamp;
      const rect = surface.getBoundingClientRect();
      const v = readViewport(surface);
      const x = (event.clientX - rect.left - v.paneLeft - v.x) / v.zoom;
      awareness.setLocalStateField('cursor', { x, y: (event.clientY - rect.top - v.paneTop - v.y) / v.zoom });
    };
    const onLeave = () => awareness.setLocalStateField('cursor', null);
    surface.addEventListener('pointermove', onMove);
    surface.addEventListener('pointerleave', onLeave);
    return () => {
      observer.disconnect();
      surface.removeEventListener('pointermove', onMove);
      surface.removeEventListener('pointerleave', onLeave);
    };
  }, [surfaceRef, awareness]);

  const selected = peers.flatMap((p) => p.selection ?? []).join('\n');
  const highlight = useMemo(() => ({ nodeIds: selected ? selected.split('\n') : [], edgeIds: [] }), [selected]);
  const toScreen = (point: { x: number; y: number }) => ({
    left: viewport.paneLeft + point.x * viewport.zoom + viewport.x,
    top: viewport.paneTop + point.y * viewport.zoom + viewport.y,
  });
  return { peers, highlight, toScreen };
}
