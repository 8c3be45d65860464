import { Check, Circle, CloudOff, Loader2, Lock, TriangleAlert } from 'lucide-react';
import { StatusIndicator, type StatusLook } from '@/components/ui/status-indicator';
import type { DraftStatus } from '@/lib/sessions/draft-saver';

const LOOK: Record<DraftStatus, StatusLook> = {
  saved: { text: 'Saved', Icon: Check, tone: 'text-emerald-700' },
  saving: { text: 'Saving…', Icon: Loader2, tone: 'text-slate-600' },
  unsaved: { text: 'Unsaved changes', Icon: Circle, tone: 'text-slate-600' },
  offline: { text: 'Offline: kept on this device', Icon: CloudOff, tone: 'text-amber-800' },
  error: { text: 'Not saved', Icon: TriangleAlert, tone: 'text-red-700' },
  frozen: { text: 'Submitted: not saved', Icon: Lock, tone: 'text-slate-600' },
};

/** Save state of notes or the estimate, visible and announced politely as it changes. */
export function DraftStatusIndicator({ label, status, error }: { label: string; status: DraftStatus; error: string | null }) {
  return <StatusIndicator label={label} look={LOOK[status]} isBusy={status === 'saving'} error={error} />;
}
