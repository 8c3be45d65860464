'use client';

import { useId, useState, type ReactNode } from 'react';

const INPUT = 'w-full rounded border border-slate-300 bg-white px-2 py-1 text-sm focus-visible:border-sky-500 focus-visible:ring-2 focus-visible:ring-sky-300 focus-visible:outline-none aria-[invalid=true]:border-red-500';

function Field({ label, id, hint, children }: { label: string; id: string; hint?: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-0.5">
      <label htmlFor={id} className="text-xs font-medium text-slate-600">
        {label}
      </label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="text-[11px] text-red-600">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

export function TextField(props: { label: string; value: string; maxLength: number; onChange: (value: string) => void; suggestions?: readonly string[]; multiline?: boolean }) {
  const id = useId();
  const listId = props.suggestions?.length ? `${id}-list` : undefined;
  const common = { id, value: props.value, maxLength: props.maxLength, className: INPUT };
  return (
    <Field label={props.label} id={id}>
      {props.multiline ? (
        <textarea {...common} rows={4} onChange={(e) => props.onChange(e.target.value)} />
      ) : (
        <input {...common} type="text" list={listId} autoComplete="off" onChange={(e) => props.onChange(e.target.value)} />
      )}
      {listId ? (
        <datalist id={listId}>
          {props.suggestions?.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      ) : null}
    </Field>
  );
}

/**
 * A number field that keeps what the user typed while it is not yet a valid value (empty, "0.", out
 * of range) and reports only valid numbers, or undefined when cleared.
 */
export function NumberField(props: { label: string; value: number | undefined; step?: number; isValid: (value: number | undefined) => boolean; onChange: (value: number | undefined) => void }) {
  const id = useId();
  const [text, setText] = useState(props.value === undefined ? '' : String(props.value));
  const [shown, setShown] = useState(props.value);
  const parsed = text.trim() === '' ? undefined : Number(text);
  // Follow changes made elsewhere (undo, a merge) without clobbering a half-typed value.
  if (shown !== props.value) {
    setShown(props.value);
    if (parsed !== props.value) setText(props.value === undefined ? '' : String(props.value));
  }
  const isInvalid = (parsed !== undefined && Number.isNaN(parsed)) || !props.isValid(parsed);
  return (
    <Field label={props.label} id={id} hint={isInvalid ? 'Not a valid value' : undefined}>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        step={props.step ?? 1}
        value={text}
        aria-invalid={isInvalid}
        aria-describedby={isInvalid ? `${id}-hint` : undefined}
        className={INPUT}
        onChange={(e) => {
          setText(e.target.value);
          const next = e.target.value.trim() === '' ? undefined : Number(e.target.value);
          if ((next === undefined || !Number.isNaN(next)) && props.isValid(next)) props.onChange(next);
        }}
      />
    </Field>
  );
}

export function SelectField<T extends string>(props: { label: string; value: T | undefined; options: readonly { value: T; label: string }[]; onChange: (value: T | undefined) => void; allowEmpty?: boolean }) {
  const id = useId();
  return (
    <Field label={props.label} id={id}>
      <select
        id={id}
        value={props.value ?? ''}
        className={INPUT}
        onChange={(e) => {
          const option = props.options.find((o) => o.value === e.target.value);
          props.onChange(option?.value);
        }}
      >
        {props.allowEmpty ? <option value="">Not set</option> : null}
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
