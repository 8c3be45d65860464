import { describeAgreement, type ReviewAgreement } from '@/lib/reviews/agreement';

const fmt = (n: number) => n.toFixed(1);

/**
 * The mean level per dimension across reviews and how far reviewers agree: the mean absolute difference
 * of their levels (0 = same level, 3 = opposite ends). Only meaningful with two or more reviews.
 */
export function AgreementSummary({ agreement, titleOf }: { agreement: ReviewAgreement; titleOf: (dimension: string) => string }) {
  if (agreement.reviewCount < 2) return null;
  return (
    <section aria-labelledby="agreement-heading" className="rounded border border-slate-200 bg-white p-4 break-inside-avoid">
      <h3 id="agreement-heading" className="text-base font-semibold text-slate-900">
        {agreement.reviewCount} reviewers{agreement.overall !== null ? `: ${describeAgreement(agreement.overall).toLowerCase()}` : ''}
      </h3>
      {agreement.overall !== null ? (
        <p className="text-sm text-slate-700">Reviewers’ levels differ by {fmt(agreement.overall)} on average (0 means they all chose the same level).</p>
      ) : null}
      <table className="mt-2 w-full text-left text-sm">
        <caption className="sr-only">Mean level and agreement per dimension</caption>
        <thead className="bg-slate-100 text-xs uppercase tracking-wide text-slate-700">
          <tr>
            <th scope="col" className="px-2 py-1">Dimension</th>
            <th scope="col" className="px-2 py-1 text-right">Mean level</th>
            <th scope="col" className="px-2 py-1 text-right">Mean difference</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {agreement.dimensions.map((d) => (
            <tr key={d.dimension}>
              <th scope="row" className="px-2 py-1 font-medium">{titleOf(d.dimension)}</th>
              <td className="px-2 py-1 text-right tabular-nums">{fmt(d.mean)}</td>
              <td className="px-2 py-1 text-right tabular-nums">{d.meanAbsoluteDifference === null ? '—' : fmt(d.meanAbsoluteDifference)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
