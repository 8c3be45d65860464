'use client';

import { memo, type DragEvent } from 'react';
import { CATALOGUE, kindsByGroup } from '@/lib/diagram/catalogue';
import type { NodeKind } from '@/lib/diagram/kinds';
import { KIND_ICONS } from './kind-icons';

/** MIME type carrying a kind id from a palette button to the canvas drop handler. */
export const PALETTE_DRAG_TYPE = 'application/x-scaleboard-kind';

const GROUPS = kindsByGroup();

function onDragStart(event: DragEvent<HTMLButtonElement>, kind: NodeKind): void {
  event.dataTransfer.setData(PALETTE_DRAG_TYPE, kind);
  event.dataTransfer.effectAllowed = 'copy';
}

/**
 * Grouped component buttons. Drag one onto the canvas, or click / press Enter to add it at the centre
 * of the view, so the palette works without a mouse. The button's name is the kind's label.
 */
function PaletteView({ onAdd }: { onAdd: (kind: NodeKind) => void }) {
  return (
    <nav aria-label="Component palette" className="flex w-44 shrink-0 flex-col gap-3 overflow-y-auto border-r border-slate-200 bg-slate-50 p-2">
      {GROUPS.map(({ group, kinds }) => (
        <section key={group} aria-labelledby={`palette-${group}`}>
          <h3 id={`palette-${group}`} className="px-1 pb-1 text-[11px] font-semibold tracking-wide text-slate-500 uppercase">
            {group}
          </h3>
          <ul className="flex flex-col gap-0.5">
            {kinds.map((kind) => {
              const Icon = KIND_ICONS[kind];
              const info = CATALOGUE[kind];
              return (
                <li key={kind}>
                  <button
                    type="button"
                    draggable
                    onDragStart={(event) => onDragStart(event, kind)}
                    onClick={() => onAdd(kind)}
                    title={info.description}
                    className="flex w-full cursor-grab items-center gap-2 rounded px-2 py-1 text-left text-sm text-slate-800 hover:bg-white focus-visible:ring-2 focus-visible:ring-sky-500 focus-visible:outline-none active:cursor-grabbing"
                  >
                    <Icon aria-hidden className="h-4 w-4 shrink-0 text-slate-600" />
                    <span>{info.label}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </nav>
  );
}

export const Palette = memo(PaletteView);
