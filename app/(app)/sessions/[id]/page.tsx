import type { Metadata } from 'next';
import { SessionReviewsSection } from '@/components/reviews/session-reviews-section';
import { SessionRecord } from '@/components/sessions/session-record';
import { requirePageUser } from '@/lib/auth/page-guards';
import { orNotFound } from '@/lib/sessions/or-not-found';
import { loadSessionRecord } from '@/lib/sessions/load-history';

export const metadata: Metadata = { title: 'Session' };

/** One session's record, for its owner (and, once review is requested, its reviewers). */
export default async function SessionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser(`/sessions/${id}`);
  const record = await orNotFound(loadSessionRecord({ actor: user, sessionId: id }));
  return <SessionRecord record={record} reviews={<SessionReviewsSection sessionId={id} />} />;
}
