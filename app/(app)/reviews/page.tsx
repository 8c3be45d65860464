import type { Metadata } from 'next';
import { AccessDenied } from '@/components/layout/access-denied';
import { canUseReviewQueue } from '@/lib/auth/access';
import { requirePageUser } from '@/lib/auth/page-guards';
import { findReviewQueue } from '@/lib/db/reviews';
import { listProblems } from '@/lib/problems/library';
import { reviewQueueQuerySchema } from '@/lib/reviews/schema';
import { QueueFilters } from './_components/queue-filters';
import { QueueTable } from './_components/queue-table';

export const metadata: Metadata = { title: 'Review queue' };

export default async function ReviewQueuePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageUser('/reviews');
  if (!canUseReviewQueue(user)) return <AccessDenied need="reviewers, interviewers and admins" />;
  const parsed = reviewQueueQuerySchema.safeParse(await searchParams);
  const query = parsed.success ? parsed.data : { problem: undefined, status: undefined };
  const items = await findReviewQueue({ actor: user, query });
  const problems = listProblems().map((p) => ({ slug: p.slug, title: p.title }));
  const titleOf = (slug: string) => problems.find((p) => p.slug === slug)?.title ?? slug;
  return (
    <section>
      <h1 className="text-2xl font-semibold">Review queue</h1>
      <p className="mt-1 text-sm text-slate-700">
        {user.role === 'interviewer' ? 'The sessions of your mock interviews.' : 'Sessions whose candidates asked for review, oldest first.'}
      </p>
      <QueueFilters problems={problems} query={query} />
      <QueueTable items={items} titleOf={titleOf} />
    </section>
  );
}
