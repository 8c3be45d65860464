'use client';

import { useEffect, useId, useState } from 'react';
import { z } from 'zod';
import { Markdown } from '@/components/markdown/markdown';
import { MAX_NOTE_CHARS, storedNotesSchema, type SessionNotes } from '@/lib/sessions/notes';
import type { DraftSaver, SaveOutcome } from '@/lib/sessions/draft-saver';
import { phaseById, type PhaseId } from '@/lib/sessions/phases';
import { DraftStatusIndicator } from './draft-status';
import { requestJson, sessionUrl, toSaveOutcome } from './session-api';
import { readLocalDraft, useDraftSaver } from './use-draft-saver';

export const notesDraftKey = (sessionId: string) => `scaleboard:notes:${sessionId}`;

/** Sends each phase whose text differs from what the server last acknowledged. */
function notesSaver(sessionId: string, acknowledged: SessionNotes) {
  const known: SessionNotes = { ...acknowledged };
  return async (notes: SessionNotes): Promise<SaveOutcome> => {
    for (const [key, markdown] of Object.entries(notes)) {
      const phase = Number(key) as PhaseId;
      if (known[phase] === markdown) continue;
      const outcome = toSaveOutcome(await requestJson(sessionUrl(sessionId, '/notes'), 'PUT', { phase, markdown }, true));
      if (outcome.kind !== 'saved') return outcome;
      known[phase] = markdown;
    }
    return { kind: 'saved' };
  };
}

interface NotesEditorProps {
  sessionId: string;
  phase: PhaseId;
  initialNotes: SessionNotes;
  onSaver?: (saver: DraftSaver<SessionNotes>) => void;
}

/** Markdown notes per phase, autosaved a second after typing stops, with a local draft and a preview. */
export function NotesEditor({ sessionId, phase, initialNotes, onSaver }: NotesEditorProps) {
  const key = notesDraftKey(sessionId);
  const [draft] = useState(() => storedNotesSchema.safeParse(readLocalDraft(key) ?? null));
  const [notes, setNotes] = useState<SessionNotes>(() => (draft.success ? { ...initialNotes, ...draft.data } : initialNotes));
  const { status, error, saver } = useDraftSaver(key, notesSaver(sessionId, initialNotes));
  const [isPreview, setIsPreview] = useState(false);
  const id = useId();

  useEffect(() => {
    onSaver?.(saver);
    // A draft left from an earlier visit was never acknowledged: send it now.
    if (draft.success && Object.keys(draft.data).length > 0) saver.change({ ...initialNotes, ...draft.data });
  }, [saver, draft, initialNotes, onSaver]);

  // Back in this tab with nothing unsaved: take the server's notes, which another tab may have changed.
  useEffect(() => {
    const refresh = async () => {
      if (document.visibilityState !== 'visible' || saver.hasPending()) return;
      const answer = await requestJson(sessionUrl(sessionId, '/notes'), 'GET');
      const parsed = z.object({ notes: storedNotesSchema }).safeParse(answer.json);
      if (answer.ok && parsed.success && !saver.hasPending()) setNotes(parsed.data.notes);
    };
    const onEvent = () => void refresh();
    window.addEventListener('focus', onEvent);
    document.addEventListener('visibilitychange', onEvent);
    return () => {
      window.removeEventListener('focus', onEvent);
      document.removeEventListener('visibilitychange', onEvent);
    };
  }, [saver, sessionId]);

  const title = phaseById(phase).title;
  const text = notes[phase] ?? '';
  const change = (value: string) => {
    const next = { ...notes, [phase]: value };
    setNotes(next);
    saver.change(next);
  };
  return (
    <section aria-labelledby={`${id}-title`} className="flex flex-col gap-2">
      <div className="flex items-center justify-between gap-2">
        <h2 id={`${id}-title`} className="text-base font-semibold text-slate-900">Notes</h2>
        <DraftStatusIndicator label="Notes save status" status={status} error={error} />
      </div>
      <label htmlFor={`${id}-text`} className="text-sm font-medium text-slate-800">
        Notes for {title} <span className="font-normal text-slate-600">(Markdown)</span>
      </label>
      {isPreview ? (
        <div className="min-h-40 rounded border border-slate-200 bg-white p-3 text-sm">
          {text.trim() ? <Markdown minHeadingLevel={3}>{text}</Markdown> : <p className="text-slate-600">Nothing written yet.</p>}
        </div>
      ) : (
        <textarea
          id={`${id}-text`}
          value={text}
          maxLength={MAX_NOTE_CHARS}
          onChange={(event) => change(event.target.value)}
          rows={10}
          className="min-h-40 rounded border border-slate-300 bg-white p-2 font-mono text-sm"
        />
      )}
      <button type="button" onClick={() => setIsPreview(!isPreview)} aria-pressed={isPreview} className="self-start text-sm text-indigo-700 underline">
        Preview
      </button>
    </section>
  );
}
