'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import type { PinTarget } from '@/lib/reviews/draft';
import { REVIEW_LIMITS } from '@/lib/reviews/schema';
import type { PinSelection } from './pin-canvas';

const keyOf = (s: PinSelection | null) => (s ? `${s.targetType}:${s.targetId}` : '');

interface CommentComposerProps {
  targets: readonly PinTarget[];
  selection: PinSelection | null;
  onSelect: (selection: PinSelection | null) => void;
  onAdd: (comment: PinSelection & { body: string }) => void;
}

/**
 * Pins a comment: the target comes from a click on the canvas or from this list (the keyboard route),
 * then the comment is typed and added.
 */
export function CommentComposer({ targets, selection, onSelect, onAdd }: CommentComposerProps) {
  const [body, setBody] = useState('');
  const canAdd = selection !== null && body.trim() !== '';
  const add = () => {
    if (!selection || !canAdd) return;
    onAdd({ ...selection, body: body.trim() });
    setBody('');
  };
  return (
    <div className="flex flex-col gap-2 rounded border border-slate-200 bg-white p-3">
      <label htmlFor="pin-target" className="text-sm font-medium text-slate-900">Comment on</label>
      <select
        id="pin-target"
        value={keyOf(selection)}
        onChange={(e) => {
          const target = targets.find((t) => keyOf(t) === e.target.value);
          onSelect(target ? { targetType: target.targetType, targetId: target.targetId } : null);
        }}
        className="rounded border border-slate-300 px-2 py-1 text-sm"
      >
        <option value="">Click the diagram or choose a component…</option>
        {targets.map((t) => (
          <option key={keyOf(t)} value={keyOf(t)}>
            {t.targetType === 'node' ? 'Component' : 'Connection'}: {t.label}
          </option>
        ))}
      </select>
      <label htmlFor="pin-body" className="text-sm font-medium text-slate-900">Comment</label>
      <textarea
        id="pin-body"
        value={body}
        maxLength={REVIEW_LIMITS.comment}
        onChange={(e) => setBody(e.target.value)}
        rows={2}
        className="rounded border border-slate-300 px-2 py-1 text-sm"
      />
      <Button variant="secondary" onClick={add} disabled={!canAdd} className="self-start">
        Add comment
      </Button>
    </div>
  );
}
