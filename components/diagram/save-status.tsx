'use client';

import { Check, Circle, CloudOff, GitMerge, Loader2, TriangleAlert } from 'lucide-react';
import type { SaveStatus } from '@/lib/diagram/autosave';

const LOOK: Record<SaveStatus, { text: string; Icon: typeof Check; tone: string }> = {
  loading: { text: 'Loading', Icon: Loader2, tone: 'text-slate-500' },
  saved: { text: 'Saved', Icon: Check, tone: 'text-emerald-700' },
  saving: { text: 'Saving…', Icon: Loader2, tone: 'text-slate-600' },
  unsaved: { text: 'Unsaved changes', Icon: Circle, tone: 'text-slate-600' },
  offline: { text: 'Offline', Icon: CloudOff, tone: 'text-amber-700' },
  conflict: { text: 'Merging changes', Icon: GitMerge, tone: 'text-violet-700' },
  error: { text: 'Not saved', Icon: TriangleAlert, tone: 'text-red-700' },
};

const DETAIL: Partial<Record<SaveStatus, string>> = {
  offline: 'Changes are kept on this device and saved when the connection returns.',
  conflict: 'The diagram changed elsewhere; your edits are being merged with it.',
};

/** Always-visible save state, announced politely to screen readers as it changes. */
export function SaveStatusIndicator({ status, error }: { status: SaveStatus; error?: string | null }) {
  const { text, Icon, tone } = LOOK[status];
  const detail = status === 'error' && error ? error : DETAIL[status];
  return (
    <div role="status" aria-label="Diagram save status" title={detail} className={`flex items-center gap-1 text-xs font-medium ${tone}`}>
      <Icon aria-hidden className={`h-3.5 w-3.5 ${status === 'saving' || status === 'loading' ? 'animate-spin' : ''}`} />
      <span>{text}</span>
      {status === 'error' && error ? <span className="sr-only">: {error}</span> : null}
    </div>
  );
}
