'use client';

import { useId, useState } from 'react';

/**
 * Connecting without a mouse: pick another component and add an edge from the selected one, of the
 * type chosen in the toolbar. Dragging between handles does the same with a pointer.
 */
export function ConnectField({ targets, onConnect }: { targets: readonly { id: string; label: string }[]; onConnect: (targetId: string) => void }) {
  const id = useId();
  const [target, setTarget] = useState('');
  if (targets.length === 0) return null;
  return (
    <div className="flex flex-col gap-0.5">
      <label htmlFor={id} className="text-xs font-medium text-slate-600">
        Connect to
      </label>
      <div className="flex gap-1">
        <select id={id} value={target} onChange={(e) => setTarget(e.target.value)} className="min-w-0 flex-1 rounded border border-slate-300 px-1 py-1 text-sm focus-visible:ring-2 focus-visible:ring-sky-300 focus-visible:outline-none">
          <option value="">Choose a component</option>
          {targets.map((t) => (
            <option key={t.id} value={t.id}>
              {t.label}
            </option>
          ))}
        </select>
        <button
          type="button"
          disabled={!target}
          onClick={() => {
            onConnect(target);
            setTarget('');
          }}
          className="rounded bg-slate-800 px-2 text-xs text-white hover:bg-slate-700 focus-visible:ring-2 focus-visible:ring-sky-500 focus-visible:outline-none disabled:opacity-40"
        >
          Connect
        </button>
      </div>
    </div>
  );
}
