'use client';

import { useId, useState } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ScorePoint } from '@/lib/progress/aggregate';
import { LEVEL_NAMES } from '@/lib/problems/catalogue';

interface ScoreChartProps {
  dimensions: { id: string; title: string; points: ScorePoint[] }[];
  problemTitles: Record<string, string>;
}

const day = (iso: string) => iso.slice(0, 10);
const level = (value: number | null) => (value === null ? '—' : `${Number.isInteger(value) ? value : value.toFixed(1)}`);

/** Scores over time for one rubric dimension at a time: self-ratings beside reviewers' scores. */
export function ScoreChart({ dimensions, problemTitles }: ScoreChartProps) {
  const withData = dimensions.filter((d) => d.points.length > 0);
  const [selected, setSelected] = useState(withData[0]?.id ?? dimensions[0]?.id ?? '');
  const id = useId();
  const current = dimensions.find((d) => d.id === selected);
  if (!current) return null;
  const data = current.points.map((p, index) => ({ ...p, label: `${index + 1}. ${day(p.date)}` }));
  return (
    <div className="flex flex-col gap-3">
      <div className="flex items-center gap-2">
        <label htmlFor={`${id}-dimension`} className="text-sm font-medium text-slate-800">Rubric dimension</label>
        <select id={`${id}-dimension`} value={selected} onChange={(e) => setSelected(e.target.value)} className="rounded border border-slate-300 bg-white px-2 py-1 text-sm">
          {dimensions.map((d) => (
            <option key={d.id} value={d.id}>{d.title}{d.points.length === 0 ? ' (no scores yet)' : ''}</option>
          ))}
        </select>
      </div>
      <figure className="flex flex-col gap-2">
        <figcaption className="text-sm text-slate-700">{current.title}: level 1 ({LEVEL_NAMES[0]}) to 4 ({LEVEL_NAMES[3]}), per submitted session</figcaption>
        {data.length === 0 ? (
          <p className="text-sm text-slate-600">No scores for this dimension yet.</p>
        ) : (
          <div className="h-64 w-full" aria-hidden="true">
            <ResponsiveContainer width="100%" height="100%">
              <LineChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }} accessibilityLayer={false}>
                <CartesianGrid stroke="#e2e8f0" />
                <XAxis dataKey="label" tick={{ fontSize: 12, fill: '#334155' }} />
                <YAxis domain={[1, 4]} ticks={[1, 2, 3, 4]} allowDecimals={false} tick={{ fontSize: 12, fill: '#334155' }} width={32} />
                <Tooltip />
                <Legend />
                <Line type="monotone" dataKey="self" name="Self-rating" stroke="#4f46e5" strokeWidth={2} connectNulls isAnimationActive={false} />
                <Line type="monotone" dataKey="reviewer" name="Reviewers" stroke="#b45309" strokeWidth={2} strokeDasharray="5 3" connectNulls isAnimationActive={false} />
              </LineChart>
            </ResponsiveContainer>
          </div>
        )}
      </figure>
      {data.length > 0 ? (
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{current.title} scores by session</caption>
          <thead className="text-xs uppercase tracking-wide text-slate-700">
            <tr>
              <th scope="col" className="py-1">Submitted</th>
              <th scope="col" className="py-1">Problem</th>
              <th scope="col" className="py-1">Self-rating</th>
              <th scope="col" className="py-1">Reviewers</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {data.map((p) => (
              <tr key={p.sessionId}>
                <td className="py-1">{day(p.date)}</td>
                <td className="py-1">{problemTitles[p.problemSlug] ?? p.problemSlug}</td>
                <td className="py-1">{level(p.self)}</td>
                <td className="py-1">{level(p.reviewer)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
