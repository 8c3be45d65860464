import type { SaveStatus } from './use-review-draft';

const TEXT: Record<SaveStatus, string> = {
  saved: 'All changes saved',
  pending: 'Unsaved changes…',
  saving: 'Saving…',
  error: 'Not saved',
};

/** The draft's autosave state, announced politely to screen readers. */
export function SaveIndicator({ status, error }: { status: SaveStatus; error: string | null }) {
  return (
    <p role="status" className={`text-sm ${status === 'error' ? 'text-red-700' : 'text-slate-600'}`}>
      {TEXT[status]}
      {status === 'error' && error ? `: ${error}` : ''}
    </p>
  );
}
