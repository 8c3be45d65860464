import type { Metadata } from 'next';
import Link from 'next/link';
import { CandidateWork } from '@/components/reviews/candidate-work';
import { ReferenceToggle } from '@/components/reviews/reference-toggle';
import { ReplayCanvas } from '@/components/reviews/replay-canvas';
import { ReviewWorkspace } from '@/components/reviews/review-workspace';
import { SessionReviewsSection } from '@/components/reviews/session-reviews-section';
import { canAssignReviews } from '@/lib/auth/access';
import { requirePageUser } from '@/lib/auth/page-guards';
import { findAssignableReviewers } from '@/lib/db/reviews';
import { rubricRows } from '@/lib/reviews/rubric';
import { AssignForm } from '../_components/assign-form';
import { ClaimButton } from '../_components/claim-button';
import { loadReviewPage } from './load';

export const metadata: Metadata = { title: 'Review' };

export default async function ReviewPage({ params }: { params: Promise<{ sessionId: string }> }) {
  const { sessionId } = await params;
  const user = await requirePageUser(`/reviews/${sessionId}`);
  const data = await loadReviewPage(user, sessionId);
  const { problem, session, ownReview } = data;
  const reviewers = await findAssignableReviewers({ actor: user });
  const submitted = session.submittedAt?.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
  return (
    <div className="flex flex-col gap-6">
      <header>
        <p className="text-sm"><Link href="/reviews" className="text-indigo-700 underline">Review queue</Link></p>
        <h1 className="text-2xl font-semibold">Review: {problem.title}</h1>
        <p className="text-sm text-slate-700">
          {data.candidateName} · {session.mode} session{submitted ? ` · submitted ${submitted}` : ''}
        </p>
      </header>
      {canAssignReviews(user) ? <AssignForm sessionId={session.id} reviewers={reviewers} /> : null}
      {!ownReview ? (
        <div className="flex flex-col gap-3">
          <div className="flex items-center gap-3 rounded border border-slate-200 bg-white p-3 text-sm">
            <span>You have not started a review of this session.</span>
            <ClaimButton sessionId={session.id} label="Start your review" text="Start your review" />
          </div>
          <ReplayCanvas diagram={data.record.diagram} revisions={data.revisions} nodeBadges={{}} markedEdgeIds={[]} selection={null} onSelect={null} />
        </div>
      ) : ownReview.status === 'draft' ? (
        <ReviewWorkspace review={ownReview} rubric={rubricRows(problem.rubric)} diagram={data.record.diagram} revisions={data.revisions} findings={data.findings} />
      ) : (
        <div className="flex flex-col gap-3">
          <p role="status" className="rounded border border-emerald-300 bg-emerald-50 p-3 text-sm text-emerald-900">Your review is submitted and final.</p>
          <SessionReviewsSection sessionId={session.id} />
        </div>
      )}
      <ReferenceToggle diagram={problem.referenceDesign} />
      <CandidateWork record={data.record} />
    </div>
  );
}
