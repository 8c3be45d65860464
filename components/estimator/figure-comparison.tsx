import { CircleAlert, CircleCheck, CircleMinus } from 'lucide-react';
import type { FigureComparison as Comparison } from '@/lib/estimator/compare';
import { formatFigure } from '@/lib/estimator/format';
import { METRIC_UNITS } from '@/lib/estimator/model';

/** "4×", "2.5×", "1,200×": one decimal while small, whole numbers once it is plainly off. */
function times(value: number): string {
  const rounded = value < 10 ? Math.round(value * 10) / 10 : Math.round(value);
  return `${rounded.toLocaleString('en-US')}×`;
}

function Verdict({ row }: { row: Comparison }) {
  if (row.status === 'missing') {
    return (
      <span className="inline-flex items-center gap-1 text-slate-600">
        <CircleMinus aria-hidden="true" className="size-4" /> Not estimated
      </span>
    );
  }
  if (row.status === 'on-track') {
    const off = row.timesOff !== null && row.timesOff >= 1.05 ? ` (${times(row.timesOff)} off)` : '';
    return (
      <span className="inline-flex items-center gap-1 font-medium text-emerald-800">
        <CircleCheck aria-hidden="true" className="size-4" /> On track{off}
      </span>
    );
  }
  const direction = row.status === 'too-high' ? 'high' : 'low';
  return (
    <span className="inline-flex items-center gap-1 font-medium text-amber-800">
      <CircleAlert aria-hidden="true" className="size-4" />
      {row.timesOff === null ? `Too ${direction}` : `${times(row.timesOff)} too ${direction}`}
    </span>
  );
}

/**
 * A candidate's figures beside the problem's reference figures, after submission only: within 2× is on
 * track; otherwise how many times off, with the reference's working so the candidate sees why it differs.
 */
export function FigureComparison({ rows }: { rows: readonly Comparison[] }) {
  if (rows.length === 0) return null;
  return (
    <div className="overflow-x-auto rounded border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="px-3 py-2 text-left text-base font-semibold text-slate-900">Your figures against the reference</caption>
        <thead className="bg-slate-100 text-xs uppercase tracking-wide text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2">Figure</th>
            <th scope="col" className="px-3 py-2 text-right">Yours</th>
            <th scope="col" className="px-3 py-2 text-right">Reference</th>
            <th scope="col" className="px-3 py-2">Verdict</th>
            <th scope="col" className="px-3 py-2">How the reference gets there</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {rows.map((row) => {
            const unit = METRIC_UNITS[row.metric];
            return (
              <tr key={row.metric}>
                <th scope="row" className="px-3 py-2 font-medium text-slate-900">{row.label}</th>
                <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums">{row.candidate === null ? '—' : formatFigure(row.candidate, unit)}</td>
                <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums">{formatFigure(row.reference, unit)}</td>
                <td className="whitespace-nowrap px-3 py-2"><Verdict row={row} /></td>
                <td className="px-3 py-2 text-slate-700">{row.working}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
