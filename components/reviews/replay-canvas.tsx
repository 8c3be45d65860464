'use client';

import { useId, useState } from 'react';
import type { Diagram } from '@/lib/diagram/schema';
import { PHASES } from '@/lib/sessions/phases';
import { LazyPinCanvas } from './lazy';
import type { PinSelection } from './pin-canvas';

export interface Revision extends Diagram {
  version: number;
  phase: number | null;
  createdAt: string;
}

interface ReplayCanvasProps {
  diagram: Diagram;
  revisions: readonly Revision[];
  nodeBadges: Record<string, string>;
  markedEdgeIds: readonly string[];
  selection: PinSelection | null;
  onSelect: ((selection: PinSelection) => void) | null;
  height?: number | string;
}

function describe(revision: Revision): string {
  const phase = PHASES.find((p) => p.id === revision.phase)?.title;
  const time = new Date(revision.createdAt).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  return `Version ${revision.version}${phase ? ` · ${phase}` : ''} · ${time}`;
}

/**
 * The candidate's diagram with a replay slider over its saved revisions. Comments pin to the final
 * diagram only, so pinning pauses while an earlier revision is shown.
 */
export function ReplayCanvas({ diagram, revisions, onSelect, ...markers }: ReplayCanvasProps) {
  const sliderId = useId();
  const [step, setStep] = useState(revisions.length);
  const isFinal = step >= revisions.length;
  const shown = isFinal ? diagram : (revisions[step] ?? diagram);
  const label = isFinal ? 'Final diagram' : describe(revisions[step] as Revision);
  return (
    <div className="flex flex-col gap-2">
      {revisions.length > 0 ? (
        <div className="flex flex-wrap items-center gap-3 text-sm">
          <label htmlFor={sliderId} className="font-medium text-slate-900">Replay</label>
          <input
            id={sliderId}
            type="range"
            min={0}
            max={revisions.length}
            value={step}
            onChange={(e) => setStep(Number(e.target.value))}
            aria-valuetext={label}
            className="w-64"
          />
          <output htmlFor={sliderId} className="text-slate-700">{label}</output>
        </div>
      ) : null}
      <LazyPinCanvas key={step} diagram={shown} onSelect={isFinal ? onSelect : null} {...markers} />
      {!isFinal ? <p className="text-xs text-slate-600">Move the slider to the end to pin comments.</p> : null}
    </div>
  );
}
