import { formatFigure } from '@/lib/estimator/format';
import type { EstimateOutcome } from '@/lib/estimator/session-estimate';

/** The model's figures as a table: each with its formula in words, the numbers put in, and the result. */
export function EstimateResults({ outcome }: { outcome: EstimateOutcome }) {
  return (
    <section aria-labelledby="estimate-results-heading" className="flex flex-col gap-2">
      <h2 id="estimate-results-heading" className="text-base font-semibold text-slate-900">
        Results
      </h2>
      {outcome.ok ? (
        <div className="overflow-x-auto rounded border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <thead className="bg-slate-100 text-xs uppercase tracking-wide text-slate-700">
              <tr>
                <th scope="col" className="px-3 py-2">Figure</th>
                <th scope="col" className="px-3 py-2">Working</th>
                <th scope="col" className="px-3 py-2 text-right">Result</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {outcome.result.steps.map((step) => (
                <tr key={step.label}>
                  <th scope="row" className="px-3 py-2 font-medium text-slate-900">{step.label}</th>
                  <td className="px-3 py-2 font-mono text-xs text-slate-700">{step.formula}</td>
                  <td className="whitespace-nowrap px-3 py-2 text-right font-semibold tabular-nums text-indigo-800">
                    {formatFigure(step.value, step.unit)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="rounded border border-dashed border-slate-300 bg-white px-3 py-4 text-sm text-slate-700">
          Fill in or fix the highlighted assumptions (users, writes, reads, bytes and retention) to see each figure with its working.
        </p>
      )}
    </section>
  );
}
