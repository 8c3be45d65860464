'use client';

import type { KeyboardEvent } from 'react';
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

const INPUT = 'rounded border border-slate-300 bg-white px-2 py-1.5 font-mono text-sm text-slate-900 read-only:bg-slate-50';

/** One scratch-pad line: an optional name, the expression, and its result or inline error. */
export function ScratchLine(props: ScratchLineProps) {
  const { line, number, result, readOnly, inputRef, onChange, onFocus, onEnter, onRemove, onBackspaceEmpty } = props;
  const id = `scratch-${line.id}`;
  const isBlank = line.expression.trim() === '';
  const error = result && !result.ok && !isBlank ? result.error : undefined;
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
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
      <span aria-hidden="true" className="pt-2 text-right text-xs tabular-nums text-slate-500">
        {number}
      </span>
      <div>
        <label htmlFor={`${id}-name`} className="sr-only">{`Name of line ${number}`}</label>
        <input
          id={`${id}-name`}
          value={line.name ?? ''}
          placeholder="name"
          maxLength={40}
          readOnly={readOnly}
          autoComplete="off"
          spellCheck={false}
          className={`${INPUT} w-full`}
          onChange={(e) => onChange({ name: e.target.value })}
          onFocus={onFocus}
        />
      </div>
      <div className="flex min-w-0 flex-col gap-1">
        <label htmlFor={`${id}-expr`} className="sr-only">{`Line ${number}`}</label>
        <input
          id={`${id}-expr`}
          ref={inputRef}
          value={line.expression}
          placeholder="e.g. 100M * 500 B / day to MB/s"
          maxLength={MAX_LINE_EXPRESSION}
          readOnly={readOnly}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-result`}
          className={`${INPUT} w-full ${error ? 'border-red-600' : ''}`}
          onChange={(e) => onChange({ expression: e.target.value })}
          onFocus={onFocus}
          onKeyDown={onKeyDown}
        />
        {/* A plain live region: an <output> here yields an empty accessible description in some engines. */}
        <div id={`${id}-result`} aria-live="polite" className="min-h-5 text-sm">
          <LineOutcome error={error} result={result} />
        </div>
      </div>
      {readOnly ? (
        <span />
      ) : (
        <button
          type="button"
          onClick={onRemove}
          aria-label={`Remove line ${number}`}
          className="rounded p-2 text-slate-500 hover:bg-slate-100 hover:text-red-700"
        >
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
