import Link from 'next/link';
import type { ReviewQueueItem } from '@/lib/db/reviews';
import { QUEUE_STATUS_LABELS } from '@/lib/reviews/schema';
import { ClaimButton } from './claim-button';

const date = (d: Date | null) => (d ? d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' }) : '—');

export function QueueTable({ items, titleOf }: { items: readonly ReviewQueueItem[]; titleOf: (slug: string) => string }) {
  if (items.length === 0) return <p className="text-sm text-slate-600">No sessions match. Candidates’ review requests appear here.</p>;
  return (
    <table className="w-full border-collapse bg-white text-sm">
      <caption className="sr-only">Sessions to review</caption>
      <thead>
        <tr className="border-b border-slate-200 text-left">
          <th scope="col" className="p-2">Problem</th>
          <th scope="col" className="p-2">Candidate</th>
          <th scope="col" className="p-2">Requested</th>
          <th scope="col" className="p-2">Status</th>
          <th scope="col" className="p-2"><span className="sr-only">Action</span></th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => {
          const what = `${titleOf(item.problemSlug)} by ${item.candidateName}`;
          return (
            <tr key={item.sessionId} className="border-b border-slate-100">
              <td className="p-2">{titleOf(item.problemSlug)}</td>
              <td className="p-2">{item.candidateName}</td>
              <td className="p-2">{date(item.requestedAt)}</td>
              <td className="p-2">{QUEUE_STATUS_LABELS[item.status]}</td>
              <td className="p-2">
                {item.ownReview ? (
                  <Link href={`/reviews/${item.sessionId}`} className="text-indigo-700 underline" aria-label={`Open your review of ${what}`}>
                    {item.ownReview.status === 'draft' ? 'Continue' : 'Open'}
                  </Link>
                ) : (
                  <ClaimButton sessionId={item.sessionId} label={`Claim ${what}`} />
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
