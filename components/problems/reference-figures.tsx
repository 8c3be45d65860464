import { displayFigure } from '@/lib/problems/figure-display';
import type { ReferenceFigure } from '@/lib/problems/schema';

/** The reference estimate: each figure with the working a candidate would say aloud. */
export function ReferenceFigures({ figures }: { figures: readonly ReferenceFigure[] }) {
  return (
    <div className="overflow-x-auto rounded border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Reference figures, computed from the scale assumptions</caption>
        <thead className="bg-slate-100 text-xs uppercase tracking-wide text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2">Figure</th>
            <th scope="col" className="px-3 py-2 text-right">Value</th>
            <th scope="col" className="px-3 py-2">Working</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 align-top">
          {figures.map((figure) => (
            <tr key={figure.label}>
              <th scope="row" className="px-3 py-2 font-medium text-slate-900">{figure.label}</th>
              <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums text-slate-900">{displayFigure(figure)}</td>
              <td className="px-3 py-2 text-slate-700">{figure.working}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
