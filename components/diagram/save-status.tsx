'use client';

import { Check, Circle, CloudOff, GitMerge, Loader2, TriangleAlert } from 'lucide-react';
import { StatusIndicator, type StatusLook } from '@/components/ui/status-indicator';
import type { SaveStatus } from '@/lib/diagram/autosave';

const LOOK: Record<SaveStatus, StatusLook> = {
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
  const shownError = status === 'error' ? error : null;
  return (
    <StatusIndicator
      label="Diagram save status"
      look={LOOK[status]}
      isBusy={status === 'saving' || status === 'loading'}
      detail={shownError ?? DETAIL[status]}
      error={shownError}
    />
  );
}
