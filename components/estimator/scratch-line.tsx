'use client';

import type { InputHTMLAttributes, KeyboardEvent, Ref } from 'react';
import { CircleAlert, Trash2 } from 'lucide-react';
import type { LineResult } from '@/lib/estimator/calculator';
import { MAX_LINE_EXPRESSION, type EstimateLine } from '@/lib/estimator/schema';

interface ScratchLineProps {
  line: EstimateLine;
  number: number;
  result: LineResult | undefined;
  readOnly?: boolean;
  inputRef: (element: HTMLInputElement | null) => void;
  onChange: (patch: Partial<Omit<EstimateLine, 'id'>>) => void;
  onFocus: () => void;
  onEnter: () => void;
  onRemove: () => void;
  onBackspaceEmpty: () => void;
}

interface LineInputProps extends InputHTMLAttributes<HTMLInputElement> {
  id: string;
  label: string;
  inputRef?: Ref<HTMLInputElement>;
}

/** A monospace input with a visually hidden label: the pad's columns make the visible context. */
function LineInput({ id, label, inputRef, className, ...input }: LineInputProps) {
  return (
    <>
      <label htmlFor={id} className="sr-only">{label}</label>
      <input
        id={id}
        ref={inputRef}
        autoComplete="off"
        spellCheck={false}
        className={`w-full rounded border bg-white px-2 py-1.5 font-mono text-sm text-slate-900 read-only:bg-slate-50 ${className ?? ''}`}
        {...input}
      />
    </>
  );
}

/** One scratch-pad line: an optional name, the expression, and its result or inline error. */
export function ScratchLine(props: ScratchLineProps) {
  const { line, number, result, readOnly, inputRef, onChange, onFocus, onEnter, onRemove, onBackspaceEmpty } = props;
  const id = `scratch-${line.id}`;
  const isBlank = line.expression.trim() === '';
  const error = result && !result.ok && !isBlank ? result.error : undefined;
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (readOnly) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      onEnter();
    } else if (event.key === 'Backspace' && isBlank && !line.name) {
      event.preventDefault();
      onBackspaceEmpty();
    }
  };
  return (
    <li className="grid grid-cols-[2rem_minmax(0,7rem)_minmax(0,1fr)_auto] items-start gap-2">
      <span aria-hidden="true" className="pt-2 text-right text-xs tabular-nums text-slate-500">{number}</span>
      <div>
        <LineInput id={`${id}-name`} label={`Name of line ${number}`} value={line.name ?? ''} placeholder="name" maxLength={40}
          readOnly={readOnly} className="border-slate-300" onChange={(e) => onChange({ name: e.target.value })} onFocus={onFocus} />
      </div>
      <div className="flex min-w-0 flex-col gap-1">
        <LineInput id={`${id}-expr`} label={`Line ${number}`} inputRef={inputRef} value={line.expression} maxLength={MAX_LINE_EXPRESSION}
          placeholder="e.g. 100M * 500 B / day to MB/s" readOnly={readOnly} aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-result`} className={error ? 'border-red-600' : 'border-slate-300'}
          onChange={(e) => onChange({ expression: e.target.value })} onFocus={onFocus} onKeyDown={onKeyDown} />
        {/* A plain live region: an <output> here yields an empty accessible description in some engines. */}
        <div id={`${id}-result`} aria-live="polite" className="min-h-5 text-sm">
          <LineOutcome error={error} result={result} />
        </div>
      </div>
      {readOnly ? <span /> : (
        <button type="button" onClick={onRemove} aria-label={`Remove line ${number}`}
          className="rounded p-2 text-slate-500 hover:bg-slate-100 hover:text-red-700">
          <Trash2 aria-hidden="true" className="size-4" />
        </button>
      )}
    </li>
  );
}

/** The line's result, or its error in words (colour is never the only signal). */
function LineOutcome({ error, result }: { error: string | undefined; result: LineResult | undefined }) {
  if (error) {
    return (
      <span className="flex items-start gap-1 text-red-700">
        <CircleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
        <span>
          <span className="sr-only">Error: </span>
          {error}
        </span>
      </span>
    );
  }
  if (!result?.ok) return null;
  return <span className="font-semibold tabular-nums text-indigo-800">= {result.display}</span>;
}
