'use client';

import { X } from 'lucide-react';

/** Why an import was refused; the diagram itself is left exactly as it was. */
export function ImportErrorAlert({ message, onDismiss }: { message: string | null; onDismiss: () => void }) {
  if (!message) return null;
  return (
    <div role="alert" className="absolute top-3 left-1/2 z-10 flex max-w-lg -translate-x-1/2 items-start gap-2 rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800 shadow">
      <p>
        <strong>Import failed.</strong> {message} Your diagram was not changed.
      </p>
      <button type="button" onClick={onDismiss} aria-label="Dismiss import error" className="rounded p-0.5 hover:bg-red-100 focus-visible:ring-2 focus-visible:ring-red-400 focus-visible:outline-none">
        <X aria-hidden className="h-4 w-4" />
      </button>
    </div>
  );
}
