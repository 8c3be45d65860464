import { MapPin, Trash2 } from 'lucide-react';
import { targetLabel, type DraftComment, type PinTarget } from '@/lib/reviews/draft';

interface CommentListProps {
  comments: readonly Pick<DraftComment, 'key' | 'targetType' | 'targetId' | 'body'>[];
  targets: readonly PinTarget[];
  heading?: string;
  /** Shown with a remove button per comment when given (the reviewer's own draft). */
  onRemove?: (key: string) => void;
}

/** The comments pinned to the diagram, listed beside it with what each points at. */
export function CommentList({ comments, targets, heading = 'Comments on the diagram', onRemove }: CommentListProps) {
  return (
    <section aria-label={heading} className="flex flex-col gap-2">
      <h3 className="text-sm font-semibold text-slate-900">
        {heading} ({comments.length})
      </h3>
      {comments.length === 0 ? (
        <p className="text-sm text-slate-600">No comments yet.</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {comments.map((c) => (
            <li key={c.key} className="flex items-start gap-2 rounded border border-slate-200 bg-white p-2 text-sm">
              <MapPin aria-hidden className="mt-0.5 h-4 w-4 shrink-0 text-amber-600" />
              <div className="min-w-0 flex-1">
                <p className="font-medium text-slate-900">{targetLabel(targets, c)}</p>
                <p className="whitespace-pre-wrap text-slate-700">{c.body}</p>
              </div>
              {onRemove ? (
                <button type="button" onClick={() => onRemove(c.key)} className="rounded p-1 text-slate-600 hover:bg-slate-100" aria-label={`Remove comment on ${targetLabel(targets, c)}`}>
                  <Trash2 aria-hidden className="h-4 w-4" />
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
