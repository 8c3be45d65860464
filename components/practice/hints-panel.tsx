'use client';

import { Lightbulb } from 'lucide-react';
import { useId, useState } from 'react';
import { z } from 'zod';
import { requestJson, sessionUrl } from './session-api';

export interface OpenedHint {
  hintIndex: number;
  text: string;
  openedAt: string;
}

const openedSchema = z.object({ hintIndex: z.number(), text: z.string(), openedAt: z.string() });

interface HintsPanelProps {
  sessionId: string;
  total: number;
  initial: OpenedHint[];
  isFrozen?: boolean;
}

/**
 * The problem's hints, closed until asked for. Texts come from the server only when a hint is opened, and
 * the opening is recorded with its time, because reviewers see which hints were used and when.
 */
export function HintsPanel({ sessionId, total, initial, isFrozen = false }: HintsPanelProps) {
  const [opened, setOpened] = useState<OpenedHint[]>(initial);
  const [error, setError] = useState('');
  const id = useId();

  const open = async (hintIndex: number) => {
    const answer = await requestJson(sessionUrl(sessionId, '/hints'), 'POST', { hintIndex });
    const hint = openedSchema.safeParse(answer.json);
    if (!answer.ok || !hint.success) return setError(answer.ok ? 'The hint could not be read.' : answer.error);
    setError('');
    setOpened((list) => [...list.filter((h) => h.hintIndex !== hintIndex), hint.data]);
  };

  return (
    <section aria-labelledby={`${id}-title`} className="flex flex-col gap-2">
      <h2 id={`${id}-title`} className="text-base font-semibold text-slate-900">Hints</h2>
      <p className="text-xs text-slate-600">Opening a hint is recorded with its time and shown to reviewers.</p>
      <ol className="flex flex-col gap-2">
        {Array.from({ length: total }, (_, index) => {
          const hint = opened.find((h) => h.hintIndex === index);
          return (
            <li key={index} className="rounded border border-slate-200 bg-white p-2 text-sm">
              {hint ? (
                <>
                  <p className="font-medium text-slate-900">Hint {index + 1}</p>
                  <p className="text-slate-800">{hint.text}</p>
                  <p className="text-xs text-slate-600">Opened at {new Date(hint.openedAt).toLocaleTimeString()}</p>
                </>
              ) : (
                <button type="button" disabled={isFrozen} onClick={() => void open(index)} className="inline-flex items-center gap-1 text-indigo-700 underline disabled:text-slate-500">
                  <Lightbulb aria-hidden className="size-4" /> Open hint {index + 1}
                </button>
              )}
            </li>
          );
        })}
      </ol>
      {error ? <p role="alert" className="text-sm text-red-700">{error}</p> : null}
    </section>
  );
}
