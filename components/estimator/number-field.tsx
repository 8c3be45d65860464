'use client';

import { useState } from 'react';
import { Field } from '@/components/ui/field';
import { numberToInput, parseNumberInput } from '@/lib/estimator/number-input';
import type { InputFieldSpec } from './input-fields';

interface NumberFieldProps {
  spec: InputFieldSpec;
  value: number | null | undefined;
  error?: string;
  readOnly?: boolean;
  onChange: (value: number | null) => void;
}

/** Whether the typed text already stands for `value`, so an outside change need not overwrite it. */
function draftMatches(draft: string, value: number | null | undefined): boolean {
  const parsed = parseNumberInput(draft);
  if (value === null || value === undefined) return parsed === null || Number.isNaN(parsed);
  return parsed === value;
}

/**
 * A numeric input that keeps what the candidate typed ("100M", "1.", "") while reporting the parsed
 * number, or null when blank or unreadable, so saving never rewrites the text under the cursor.
 */
export function NumberField({ spec, value, error, readOnly, onChange }: NumberFieldProps) {
  const [draft, setDraft] = useState(() => numberToInput(value));
  const [seen, setSeen] = useState(value);
  // A value from outside (a loaded session, a reset) replaces the text; our own echo does not.
  if (value !== seen) {
    setSeen(value);
    if (!draftMatches(draft, value)) setDraft(numberToInput(value));
  }
  const parsed = parseNumberInput(draft);
  const typingError = parsed !== null && Number.isNaN(parsed) ? 'Enter a number such as 100M, 2.5K or 1e8' : undefined;
  return (
    <Field
      name={spec.field}
      id={`estimate-${spec.field}`}
      label={spec.label}
      hint={spec.hint}
      placeholder={spec.placeholder}
      error={typingError ?? error}
      value={draft}
      readOnly={readOnly}
      type="text"
      inputMode={spec.inputMode}
      autoComplete="off"
      spellCheck={false}
      onChange={(event) => {
        const text = event.target.value;
        setDraft(text);
        const next = parseNumberInput(text);
        onChange(next === null || Number.isNaN(next) ? null : next);
      }}
    />
  );
}
