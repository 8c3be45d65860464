'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { LEVEL_NAMES } from '@/lib/problems/catalogue';
import { requestJson, sessionUrl } from './session-api';

export interface RatingDimension {
  dimension: string;
  title: string;
  /** The problem's descriptors for levels 1-4. */
  levels: readonly string[];
}

interface SelfRatingFormProps {
  sessionId: string;
  dimensions: RatingDimension[];
  initial: Record<string, number>;
}

/** After submit: the candidate rates themselves on each rubric dimension, level descriptors in view. */
export function SelfRatingForm({ sessionId, dimensions, initial }: SelfRatingFormProps) {
  const [ratings, setRatings] = useState<Record<string, number>>(initial);
  const [result, setResult] = useState<{ error?: string; message?: string }>({});
  const [isSaving, setIsSaving] = useState(false);

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    const missing = dimensions.filter((d) => ratings[d.dimension] === undefined);
    if (missing.length > 0) return setResult({ error: `Rate every dimension: ${missing.map((d) => d.title).join(', ')}.` });
    setIsSaving(true);
    const answer = await requestJson(sessionUrl(sessionId, '/self-rating'), 'PUT', { ratings });
    setIsSaving(false);
    setResult(answer.ok ? { message: 'Your self-ratings are saved.' } : { error: answer.error });
  };

  return (
    <form onSubmit={(event) => void save(event)} className="flex flex-col gap-4">
      {dimensions.map((d) => (
        <fieldset key={d.dimension} className="rounded border border-slate-200 bg-white p-3">
          <legend className="px-1 font-semibold text-slate-900">{d.title}</legend>
          <div className="grid grid-cols-1 gap-2 md:grid-cols-2 xl:grid-cols-4">
            {d.levels.map((descriptor, index) => {
              const level = index + 1;
              const id = `rate-${d.dimension}-${level}`;
              return (
                <label key={level} htmlFor={id} className="flex gap-2 rounded border border-slate-200 p-2 text-sm has-[:checked]:border-indigo-600 has-[:checked]:bg-indigo-50">
                  <input id={id} type="radio" name={d.dimension} value={level} checked={ratings[d.dimension] === level} onChange={() => setRatings({ ...ratings, [d.dimension]: level })} />
                  <span>
                    <span className="block font-medium text-slate-900">{level} · {LEVEL_NAMES[index]}</span>
                    <span className="text-slate-700">{descriptor}</span>
                  </span>
                </label>
              );
            })}
          </div>
        </fieldset>
      ))}
      <FormAlert message={result.error} />
      {result.message ? <p role="status" className="text-sm font-medium text-emerald-800">{result.message}</p> : null}
      <Button type="submit" disabled={isSaving} className="self-start">Save self-ratings</Button>
    </form>
  );
}
