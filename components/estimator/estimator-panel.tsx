'use client';

import { useMemo, useState } from 'react';
import { insertIntoLine } from '@/lib/estimator/lines';
import { estimateFromInputs } from '@/lib/estimator/session-estimate';
import type { EstimateInputField, SessionEstimate } from '@/lib/estimator/schema';
import { EstimateResults } from './estimate-results';
import { EstimatorInputs } from './estimator-inputs';
import { ReferenceTables } from './reference-tables';
import { ScratchPad } from './scratch-pad';
import { newLineId, useEstimate } from './use-estimate';
import { useLineResults } from './use-line-results';

export interface EstimatorPanelProps {
  /** The saved estimate; when given, the panel is controlled and `onChange` must persist changes. */
  value?: SessionEstimate;
  onChange?: (value: SessionEstimate) => void;
  readOnly?: boolean;
}

/**
 * The back-of-the-envelope estimator: structured assumptions with live results and their working, a
 * units-aware scratch pad, and reference numbers. Without `value` it keeps its state in localStorage.
 */
export function EstimatorPanel({ value, onChange, readOnly = false }: EstimatorPanelProps) {
  const [estimate, update] = useEstimate(value, onChange);
  const outcome = useMemo(() => estimateFromInputs(estimate.inputs), [estimate.inputs]);
  const lineResults = useLineResults(estimate.lines);
  const [activeLineId, setActiveLineId] = useState<string>();
  const [announcement, setAnnouncement] = useState('');

  const setInput = (field: EstimateInputField, next: number | null) =>
    update({ ...estimate, inputs: { ...estimate.inputs, [field]: next } });

  const insert = (text: string, what: string) => {
    const { lines, id } = insertIntoLine(estimate.lines, text, activeLineId, newLineId());
    update({ ...estimate, lines });
    setActiveLineId(id);
    setAnnouncement(`Inserted ${text} (${what}) into line ${lines.findIndex((l) => l.id === id) + 1}`);
  };

  return (
    <div className="@container flex flex-col gap-8">
      <div className="grid grid-cols-1 gap-8 @4xl:grid-cols-2">
        <EstimatorInputs inputs={estimate.inputs} fieldErrors={outcome.ok ? {} : outcome.fieldErrors} readOnly={readOnly} onChange={setInput} />
        <EstimateResults outcome={outcome} />
      </div>
      <div className="grid grid-cols-1 gap-8 @4xl:grid-cols-[3fr_2fr]">
        <ScratchPad
          lines={estimate.lines}
          results={lineResults}
          readOnly={readOnly}
          newId={newLineId}
          onChange={(lines) => update({ ...estimate, lines })}
          onFocusLine={setActiveLineId}
        />
        <ReferenceTables onInsert={readOnly ? undefined : insert} />
      </div>
      <p className="sr-only" aria-live="polite">{announcement}</p>
    </div>
  );
}
