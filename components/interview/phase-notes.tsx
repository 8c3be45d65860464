'use client';

import { useLayoutEffect, useRef, useState } from 'react';
import * as Y from 'yjs';
import { applyTextChange, phaseText } from '@/lib/interviews/room-content';
import { PHASES } from '@/lib/sessions/phases';
import { useSharedValue } from './use-shared-value';

const LOCAL = Symbol('local notes edit');

/**
 * Keeps the caret where it was in the text when the other person types before it: the selection is
 * remembered as Yjs relative positions (anchored to characters, not offsets) and restored after each render.
 */
function useStableCaret(doc: Y.Doc, text: Y.Text, value: string) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const anchors = useRef<[Y.RelativePosition, Y.RelativePosition] | null>(null);
  const remember = () => {
    const el = ref.current;
    if (el) anchors.current = [Y.createRelativePositionFromTypeIndex(text, el.selectionStart), Y.createRelativePositionFromTypeIndex(text, el.selectionEnd)];
  };
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || document.activeElement !== el || !anchors.current) return;
    const [start, end] = anchors.current.map((p) => Y.createAbsolutePositionFromRelativePosition(p, doc)?.index);
    if (start !== undefined && end !== undefined) el.setSelectionRange(start, end);
  }, [doc, value]);
  return { caretRef: ref, rememberCaret: remember };
}

function PhaseText({ doc, phase, isReadOnly }: { doc: Y.Doc; phase: number; isReadOnly: boolean }) {
  const { value } = useSharedValue(doc, (d) => [phaseText(d, phase)] as Y.AbstractType<unknown>[], (d) => phaseText(d, phase).toString());
  const { caretRef, rememberCaret } = useStableCaret(doc, phaseText(doc, phase), value);
  return (
    <textarea
      ref={caretRef}
      onSelect={rememberCaret}
      onKeyUp={rememberCaret}
      aria-label={`Notes for phase ${phase}`}
      className="h-48 w-full rounded border border-slate-300 p-2 font-mono text-sm"
      value={value}
      readOnly={isReadOnly}
      onChange={(e) => {
        doc.transact(() => applyTextChange(phaseText(doc, phase), e.target.value), LOCAL);
        rememberCaret(); // after the edit, so the caret is anchored in the new text
      }}
    />
  );
}

/** Shared notes, one text per phase; typing merges character by character with the other person's. */
export function PhaseNotes({ doc, currentPhase, isReadOnly }: { doc: Y.Doc; currentPhase: number; isReadOnly: boolean }) {
  const [chosen, setChosen] = useState<number | null>(null);
  const phase = chosen ?? currentPhase;
  return (
    <section aria-labelledby="phase-notes-title" className="flex flex-col gap-2">
      <div className="flex items-center justify-between gap-2">
        <h2 id="phase-notes-title" className="text-sm font-semibold text-slate-900">Phase notes</h2>
        <label className="flex items-center gap-2 text-sm text-slate-700">
          <span>Phase</span>
          <select className="rounded border border-slate-300 px-2 py-1" value={phase} onChange={(e) => setChosen(Number(e.target.value))}>
            {PHASES.map((p) => (
              <option key={p.id} value={p.id}>{`${p.id}. ${p.title}`}</option>
            ))}
          </select>
        </label>
      </div>
      <PhaseText key={phase} doc={doc} phase={phase} isReadOnly={isReadOnly} />
    </section>
  );
}
