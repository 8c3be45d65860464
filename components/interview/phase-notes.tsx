'use client';

import { useState } from 'react';
import type * as Y from 'yjs';
import { applyTextChange, phaseText } from '@/lib/interviews/room-content';
import { PHASES } from '@/lib/sessions/phases';
import { useSharedValue } from './use-shared-value';

const LOCAL = Symbol('local notes edit');

function PhaseText({ doc, phase, isReadOnly }: { doc: Y.Doc; phase: number; isReadOnly: boolean }) {
  const { value } = useSharedValue(doc, (d) => [phaseText(d, phase)] as Y.AbstractType<unknown>[], (d) => phaseText(d, phase).toString());
  return (
    <textarea
      aria-label={`Notes for phase ${phase}`}
      className="h-48 w-full rounded border border-slate-300 p-2 font-mono text-sm"
      value={value}
      readOnly={isReadOnly}
      onChange={(e) => doc.transact(() => applyTextChange(phaseText(doc, phase), e.target.value), LOCAL)}
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
