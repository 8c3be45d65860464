import type { Metadata } from 'next';
import Link from 'next/link';
import { LazyDiagramViewer } from '@/components/diagram/lazy';
import { CandidateWork } from '@/components/reviews/candidate-work';
import { SubmittedReviews } from '@/components/reviews/submitted-reviews';
import { requirePageUser } from '@/lib/auth/page-guards';
import { findSessionReviews } from '@/lib/db/reviews';
import { getProblem } from '@/lib/problems/library';
import { commentBadges, commentedEdgeIds, pinTargets } from '@/lib/reviews/draft';
import { rubricRows } from '@/lib/reviews/rubric';
import { loadSessionRecord } from '@/lib/sessions/load-history';
import { orNotFound } from '@/lib/sessions/or-not-found';
import { DownloadPngButton } from './_components/download-png-button';
import { PrintButton } from './_components/print-button';

export const metadata: Metadata = { title: 'Session report' };

// Printing: no canvas controls, no page chrome, sections kept whole where they fit.
const PRINT_CSS = `@media print {
  @page { margin: 14mm; }
  .react-flow__controls, .react-flow__minimap, .react-flow__attribution { display: none !important; }
  main { max-width: none !important; padding: 0 !important; }
}`;

/** A session's printable report: diagram with reviewer comments, estimates, notes, scores and summaries. */
export default async function SessionReportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser(`/sessions/${id}/report`);
  const record = await orNotFound(loadSessionRecord({ actor: user, sessionId: id }));
  const reviews = (await findSessionReviews({ actor: user, sessionId: id })).filter((r) => r.status === 'submitted');
  const comments = reviews.flatMap((r) => r.comments);
  const submitted = record.session.submittedAt?.slice(0, 10);
  return (
    <article className="flex flex-col gap-8 print:gap-4">
      <style href="session-report-print" precedence="default">{PRINT_CSS}</style>
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold text-slate-900">{record.problemTitle}: session report</h1>
          <p className="text-sm text-slate-700">{submitted ? `Submitted ${submitted}` : 'Not submitted yet'} · {reviews.length} review{reviews.length === 1 ? '' : 's'}</p>
        </div>
        <div className="no-print flex items-center gap-3">
          <Link href={`/sessions/${id}`} className="text-sm text-indigo-700 underline">Back to the session</Link>
          <DownloadPngButton targetId="report-diagram-canvas" fileName={`${record.session.problemSlug}-diagram`} />
          <PrintButton />
        </div>
      </header>
      <section aria-labelledby="report-diagram" className="flex flex-col gap-2 break-inside-avoid">
        <h2 id="report-diagram" className="text-lg font-semibold text-slate-900">Diagram</h2>
        <div id="report-diagram-canvas">
          <LazyDiagramViewer
            diagram={record.diagram}
            nodeBadges={commentBadges(comments)}
            highlight={{ nodeIds: [], edgeIds: commentedEdgeIds(comments) }}
            height={520}
            ariaLabel="Final diagram with reviewer comments (read-only)"
          />
        </div>
      </section>
      <CandidateWork record={record} />
      <section aria-labelledby="report-reviews" className="flex flex-col gap-3">
        <h2 id="report-reviews" className="text-lg font-semibold text-slate-900">Reviews</h2>
        {reviews.length === 0 ? (
          <p className="text-sm text-slate-700">No reviews yet.</p>
        ) : (
          <SubmittedReviews reviews={reviews} rubric={rubricRows(getProblem(record.session.problemSlug)?.rubric ?? [])} targets={pinTargets(record.diagram)} />
        )}
      </section>
    </article>
  );
}
