import Link from 'next/link';
import type { HistoryRow } from '@/lib/sessions/load-history';
import { formatDuration } from '@/lib/sessions/clock-format';
import { DeleteSessionButton } from './delete-session-button';
import { MODE_LABEL, STATUS_LABEL, scoreText } from './labels';

/** The candidate's sessions: problem, mode, date, time spent, status and scores, with resume and delete. */
export function SessionsTable({ rows }: { rows: HistoryRow[] }) {
  return (
    <div className="overflow-x-auto rounded border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Your practice sessions, newest first</caption>
        <thead className="bg-slate-100 text-xs uppercase tracking-wide text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2">Problem</th>
            <th scope="col" className="px-3 py-2">Mode</th>
            <th scope="col" className="px-3 py-2">Date</th>
            <th scope="col" className="px-3 py-2">Duration</th>
            <th scope="col" className="px-3 py-2">Status</th>
            <th scope="col" className="px-3 py-2">Self-rating</th>
            <th scope="col" className="px-3 py-2">Reviewers</th>
            <th scope="col" className="px-3 py-2"><span className="sr-only">Actions</span></th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row" className="px-3 py-2 font-medium">
                <Link href={`/sessions/${row.id}`} className="text-indigo-700 underline">{row.problemTitle}</Link>
              </th>
              <td className="px-3 py-2">{MODE_LABEL[row.mode]}{row.durationMinutes ? ` (${row.durationMinutes} min)` : ''}</td>
              <td className="whitespace-nowrap px-3 py-2">{row.startedAt.slice(0, 10)}</td>
              <td className="px-3 py-2">{formatDuration(row.elapsedSeconds)}</td>
              <td className="px-3 py-2">{STATUS_LABEL[row.status]}</td>
              <td className="px-3 py-2">{scoreText(row.selfAverage)}</td>
              <td className="px-3 py-2">{scoreText(row.reviewerAverage)}</td>
              <td className="px-3 py-2">
                <div className="flex flex-wrap items-center gap-3">
                  {row.status === 'in_progress' && row.mode !== 'mock' ? (
                    <Link href={`/practice/${row.id}`} className="font-medium text-indigo-700 underline">
                      Resume<span className="sr-only"> {row.problemTitle}</span>
                    </Link>
                  ) : null}
                  <DeleteSessionButton sessionId={row.id} problemTitle={row.problemTitle} />
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
