'use client';

import type { EstimateInputField, SessionEstimate } from '@/lib/estimator/schema';
import { INPUT_FIELDS, fieldMessage } from './input-fields';
import { NumberField } from './number-field';

interface EstimatorInputsProps {
  inputs: SessionEstimate['inputs'];
  fieldErrors: Partial<Record<EstimateInputField, string>>;
  readOnly?: boolean;
  onChange: (field: EstimateInputField, value: number | null) => void;
}

/** The structured model's assumptions, one labelled field each, with per-field messages. */
export function EstimatorInputs({ inputs, fieldErrors, readOnly, onChange }: EstimatorInputsProps) {
  // "Required" beside every field of an untouched form is noise; say it once the candidate has started.
  const hasStarted = Object.values(inputs).some((v) => v !== null && v !== undefined);
  const shown = INPUT_FIELDS.map((spec) => {
    const raw = fieldErrors[spec.field];
    const message = raw && (hasStarted || raw !== 'Required') ? fieldMessage(spec.field, raw) : undefined;
    return { spec, message };
  });
  const problems = shown.filter((s) => s.message);
  return (
    <fieldset className="flex flex-col gap-3" disabled={readOnly}>
      <legend className="mb-2 text-base font-semibold text-slate-900">Assumptions</legend>
      <div className="grid grid-cols-1 gap-3 @md:grid-cols-2">
        {shown.map(({ spec, message }) => (
          <NumberField
            key={spec.field}
            spec={spec}
            value={inputs[spec.field]}
            error={message}
            readOnly={readOnly}
            onChange={(value) => onChange(spec.field, value)}
          />
        ))}
      </div>
      <p className="sr-only" aria-live="polite">
        {problems.length > 0 ? problems.map((p) => `${p.spec.label}: ${p.message}`).join('. ') : ''}
      </p>
    </fieldset>
  );
}
