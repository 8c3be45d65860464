'use client';

import { X } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import type { Diagram } from '@/lib/diagram/schema';
import type { DiagramRevision } from './diagram-api';
import { DiagramViewer } from './diagram-viewer';

export type LoadRevisions = () => Promise<DiagramRevision[]>;

const TIME = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/**
 * Saved versions of the diagram: pick one to preview it, restore it as a new edit (undoable, and saved
 * as the next version, so nothing in the history is ever overwritten).
 */
export function HistoryDialog({ loadRevisions, onRestore, onClose }: { loadRevisions: LoadRevisions; onRestore: (diagram: Diagram) => void; onClose: () => void }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [revisions, setRevisions] = useState<DiagramRevision[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [chosen, setChosen] = useState<DiagramRevision | null>(null);

  useEffect(() => {
    dialogRef.current?.showModal();
    let isCurrent = true;
    loadRevisions().then(
      (list) => isCurrent && setRevisions(list),
      (e: unknown) => isCurrent && setError(e instanceof Error ? e.message : 'The history could not be loaded.'),
    );
    return () => {
      isCurrent = false;
    };
  }, [loadRevisions]);

  return (
    <dialog ref={dialogRef} aria-labelledby="diagram-history-title" onClose={onClose} className="m-auto w-[min(960px,95vw)] rounded-lg p-0 shadow-xl backdrop:bg-slate-900/40">
      <div className="flex items-center justify-between border-b border-slate-200 px-4 py-2">
        <h2 id="diagram-history-title" className="font-semibold">
          Diagram history
        </h2>
        <button type="button" aria-label="Close history" onClick={() => dialogRef.current?.close()} className="rounded p-1 hover:bg-slate-100 focus-visible:ring-2 focus-visible:ring-sky-500 focus-visible:outline-none">
          <X aria-hidden className="h-4 w-4" />
        </button>
      </div>
      <div className="flex h-[60vh] min-h-80">
        <ol aria-label="Saved versions" className="w-56 shrink-0 overflow-y-auto border-r border-slate-200 p-2">
          {error ? <li role="alert" className="text-sm text-red-700">{error}</li> : null}
          {revisions === null && !error ? <li className="text-sm text-slate-500">Loading…</li> : null}
          {revisions?.length === 0 ? <li className="text-sm text-slate-500">Nothing saved yet.</li> : null}
          {revisions?.map((r) => (
            <li key={r.version}>
              <button
                type="button"
                aria-pressed={chosen?.version === r.version}
                onClick={() => setChosen(r)}
                className="w-full rounded px-2 py-1 text-left text-sm hover:bg-slate-100 focus-visible:ring-2 focus-visible:ring-sky-500 focus-visible:outline-none aria-pressed:bg-sky-100"
              >
                Version {r.version}
                <span className="block text-xs text-slate-500">{TIME.format(new Date(r.createdAt))}</span>
              </button>
            </li>
          ))}
        </ol>
        <div className="flex min-w-0 flex-1 flex-col gap-2 p-3">
          {chosen ? (
            <>
              <div className="min-h-0 flex-1">
                <DiagramViewer diagram={chosen.diagram} height="100%" ariaLabel={`Version ${chosen.version} (preview)`} />
              </div>
              <button
                type="button"
                onClick={() => {
                  onRestore(chosen.diagram);
                  dialogRef.current?.close();
                }}
                className="self-end rounded bg-slate-900 px-3 py-1.5 text-sm text-white hover:bg-slate-700 focus-visible:ring-2 focus-visible:ring-sky-500 focus-visible:outline-none"
              >
                Restore version {chosen.version}
              </button>
            </>
          ) : (
            <p className="text-sm text-slate-500">Choose a version to preview it.</p>
          )}
        </div>
      </div>
    </dialog>
  );
}
