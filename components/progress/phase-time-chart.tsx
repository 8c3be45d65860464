'use client';

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { PhaseAverage } from '@/lib/progress/aggregate';
import { formatDuration } from '@/lib/sessions/clock-format';

/** Average minutes per phase against the suggested budget; the table below carries the same figures. */
export function PhaseTimeChart({ phases }: { phases: PhaseAverage[] }) {
  const data = phases.map((p) => ({ title: p.title, spent: Math.round(p.averageSeconds / 6) / 10, budget: Math.round(p.budgetSeconds / 6) / 10 }));
  return (
    <div className="flex flex-col gap-3">
      <div className="h-64 w-full" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid stroke="#e2e8f0" />
            <XAxis dataKey="title" tick={{ fontSize: 12, fill: '#334155' }} />
            <YAxis unit=" min" tick={{ fontSize: 12, fill: '#334155' }} width={56} />
            <Tooltip />
            <Legend />
            <Bar dataKey="spent" name="Your average" fill="#4f46e5" isAnimationActive={false} />
            <Bar dataKey="budget" name="Suggested budget" fill="#94a3b8" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Average time per phase against the suggested budget</caption>
        <thead className="text-xs uppercase tracking-wide text-slate-700">
          <tr>
            <th scope="col" className="py-1">Phase</th>
            <th scope="col" className="py-1">Your average</th>
            <th scope="col" className="py-1">Suggested budget</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {phases.map((p) => (
            <tr key={p.phase}>
              <th scope="row" className="py-1 font-medium">{p.phase}. {p.title}</th>
              <td className="py-1">{formatDuration(p.averageSeconds)}</td>
              <td className="py-1">{formatDuration(p.budgetSeconds)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
