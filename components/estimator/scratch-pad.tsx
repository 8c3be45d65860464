'use client';

import { useEffect, useRef } from 'react';
import { Plus } from 'lucide-react';
import { Button } from '@/components/ui/button';
import type { LineResult } from '@/lib/estimator/calculator';
import { addLine, removeLine, updateLine } from '@/lib/estimator/lines';
import { MAX_ESTIMATE_LINES, type EstimateLine } from '@/lib/estimator/schema';
import { ScratchLine } from './scratch-line';

interface ScratchPadProps {
  lines: EstimateLine[];
  results: LineResult[];
  readOnly?: boolean;
  newId: () => string;
  onChange: (lines: EstimateLine[]) => void;
  onFocusLine: (id: string) => void;
}

/**
 * Free-form working, one expression per line. Enter opens a new line below, Backspace on an empty line
 * removes it; focus follows so the pad can be used without a mouse.
 */
export function ScratchPad({ lines, results, readOnly, newId, onChange, onFocusLine }: ScratchPadProps) {
  const inputs = useRef(new Map<string, HTMLInputElement>());
  const pendingFocus = useRef<string | null>(null);
  useEffect(() => {
    // Focus moves after React has rendered the line it belongs to.
    const id = pendingFocus.current;
    if (id === null) return;
    pendingFocus.current = null;
    inputs.current.get(id)?.focus();
  });
  const add = (afterId?: string) => {
    const id = newId();
    pendingFocus.current = id;
    onChange(addLine(lines, id, afterId));
  };
  const remove = (id: string, focusPrevious: boolean) => {
    const index = lines.findIndex((l) => l.id === id);
    const neighbour = lines[index - 1] ?? lines[index + 1];
    if (focusPrevious && neighbour) pendingFocus.current = neighbour.id;
    onChange(removeLine(lines, id));
  };
  return (
    <section aria-labelledby="scratch-pad-heading" className="flex flex-col gap-2">
      <h2 id="scratch-pad-heading" className="text-base font-semibold text-slate-900">Working</h2>
      <p className="text-sm text-slate-600">
        Units: B, KB (1,000 B), KiB (1,024 B), MB, GB, TB; s, ms, minute, hour, day, month (30 days), year (365 days).
        Counts: 100M, 2K, 3 Bn. Name a line to use its result below; add <code>to MB/s</code> to convert.
      </p>
      <ol className="flex flex-col gap-2">
        {lines.map((line, index) => (
          <ScratchLine
            key={line.id}
            line={line}
            number={index + 1}
            result={results[index]}
            readOnly={readOnly}
            inputRef={(el) => {
              if (el) inputs.current.set(line.id, el);
              else inputs.current.delete(line.id);
            }}
            onChange={(patch) => onChange(updateLine(lines, line.id, patch))}
            onFocus={() => onFocusLine(line.id)}
            onEnter={() => add(line.id)}
            onRemove={() => remove(line.id, false)}
            onBackspaceEmpty={() => lines.length > 1 && remove(line.id, true)}
          />
        ))}
      </ol>
      {readOnly ? null : (
        <Button variant="secondary" className="self-start" onClick={() => add()} disabled={lines.length >= MAX_ESTIMATE_LINES}>
          <Plus aria-hidden="true" className="size-4" /> Add line
        </Button>
      )}
    </section>
  );
}
