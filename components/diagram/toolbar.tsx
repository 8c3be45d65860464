'use client';

import { Copy, FileJson, Grid3x3, History, ImageDown, LayoutDashboard, Maximize, Redo2, Trash2, Undo2, Upload, type LucideIcon } from 'lucide-react';
import { memo, useRef, type ReactNode } from 'react';
import type { EdgeKind } from '@/lib/diagram/kinds';
import { EDGE_KIND_OPTIONS } from './properties/edge-properties';

export type ExportFormat = 'png' | 'svg' | 'json';

export interface ToolbarProps {
  canUndo: boolean;
  canRedo: boolean;
  hasSelection: boolean;
  isSnapping: boolean;
  edgeKind: EdgeKind;
  onUndo: () => void;
  onRedo: () => void;
  onDelete: () => void;
  onDuplicate: () => void;
  onLayout: () => void;
  onFitView: () => void;
  onToggleSnap: () => void;
  onEdgeKind: (kind: EdgeKind) => void;
  onExport: (format: ExportFormat) => void;
  onImport: (file: File) => void;
  /** Opens the saved-versions dialog; the button is shown only when given. */
  onHistory?: () => void;
  status?: ReactNode;
}

const BUTTON = 'inline-flex items-center gap-1 rounded px-2 py-1 text-xs text-slate-700 hover:bg-slate-100 focus-visible:ring-2 focus-visible:ring-sky-500 focus-visible:outline-none disabled:opacity-40 aria-pressed:bg-sky-100';

function ToolButton({ label, Icon, onClick, disabled, pressed, text, shortcut }: { label: string; Icon: LucideIcon; onClick: () => void; disabled?: boolean; pressed?: boolean; text?: string; shortcut?: string }) {
  return (
    <button type="button" className={BUTTON} onClick={onClick} disabled={disabled} aria-pressed={pressed} aria-label={label} title={shortcut ? `${label} (${shortcut})` : label} aria-keyshortcuts={shortcut}>
      <Icon aria-hidden className="h-4 w-4" />
      {text ? <span aria-hidden>{text}</span> : null}
    </button>
  );
}

/** Editing, view and file commands; every control is named for assistive technology. */
function ToolbarView(props: ToolbarProps) {
  const fileRef = useRef<HTMLInputElement>(null);
  return (
    <div role="toolbar" aria-label="Diagram tools" className="flex flex-wrap items-center gap-1 border-b border-slate-200 bg-white px-2 py-1">
      <ToolButton label="Undo" Icon={Undo2} onClick={props.onUndo} disabled={!props.canUndo} shortcut="Control+Z" />
      <ToolButton label="Redo" Icon={Redo2} onClick={props.onRedo} disabled={!props.canRedo} shortcut="Control+Shift+Z" />
      <ToolButton label="Delete selection" Icon={Trash2} onClick={props.onDelete} disabled={!props.hasSelection} shortcut="Delete" />
      <ToolButton label="Duplicate" Icon={Copy} onClick={props.onDuplicate} disabled={!props.hasSelection} shortcut="Control+D" />
      <span aria-hidden className="mx-1 h-5 w-px bg-slate-200" />
      <ToolButton label="Auto layout" Icon={LayoutDashboard} onClick={props.onLayout} />
      <ToolButton label="Fit view" Icon={Maximize} onClick={props.onFitView} />
      <ToolButton label="Snap to grid" Icon={Grid3x3} onClick={props.onToggleSnap} pressed={props.isSnapping} />
      <label className="ml-1 flex items-center gap-1 text-xs text-slate-600">
        New connections
        <select value={props.edgeKind} onChange={(e) => {
            const option = EDGE_KIND_OPTIONS.find((o) => o.value === e.target.value);
            if (option) props.onEdgeKind(option.value);
          }} className="rounded border border-slate-300 px-1 py-0.5 text-xs focus-visible:ring-2 focus-visible:ring-sky-500 focus-visible:outline-none">
          {EDGE_KIND_OPTIONS.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      <span aria-hidden className="mx-1 h-5 w-px bg-slate-200" />
      <ToolButton label="Export PNG" Icon={ImageDown} text="PNG" onClick={() => props.onExport('png')} />
      <ToolButton label="Export SVG" Icon={ImageDown} text="SVG" onClick={() => props.onExport('svg')} />
      <ToolButton label="Export JSON" Icon={FileJson} text="JSON" onClick={() => props.onExport('json')} />
      <ToolButton label="Import JSON" Icon={Upload} text="Import" onClick={() => fileRef.current?.click()} />
      <input
        ref={fileRef}
        type="file"
        accept="application/json,.json"
        aria-label="Import JSON file"
        tabIndex={-1}
        className="sr-only"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) props.onImport(file);
        }}
      />
      {props.onHistory ? <ToolButton label="History" Icon={History} text="History" onClick={props.onHistory} /> : null}
      <div className="ml-auto">{props.status}</div>
    </div>
  );
}

export const Toolbar = memo(ToolbarView);
