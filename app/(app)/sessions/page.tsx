import type { Metadata } from 'next';
import Link from 'next/link';
import { SessionsTable } from '@/components/sessions/sessions-table';
import { requirePageUser } from '@/lib/auth/page-guards';
import { loadHistory } from '@/lib/sessions/load-history';
import { listSessionsQuerySchema } from '@/lib/sessions/schema';

export const metadata: Metadata = { title: 'Your sessions' };

/** The candidate's practice history, newest first, 20 a page. */
export default async function SessionsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageUser('/sessions');
  const query = listSessionsQuerySchema.safeParse(await searchParams);
  const page = query.success ? query.data.page : 1;
  const { rows, total, pageCount } = await loadHistory({ userId: user.id, page });
  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-1">
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">Your sessions</h1>
        <p className="text-slate-700">
          {total} session{total === 1 ? '' : 's'}. Start a new one from a <Link href="/problems" className="text-indigo-700 underline">problem</Link>; see trends on your <Link href="/progress" className="text-indigo-700 underline">progress</Link> page.
        </p>
      </header>
      {rows.length > 0 ? <SessionsTable rows={rows} /> : <p className="text-slate-700">No sessions on this page.</p>}
      {pageCount > 1 ? (
        <nav aria-label="Pages" className="flex items-center gap-4 text-sm">
          {page > 1 ? <Link href={`/sessions?page=${page - 1}`} className="text-indigo-700 underline">Newer</Link> : null}
          <span>Page {page} of {pageCount}</span>
          {page < pageCount ? <Link href={`/sessions?page=${page + 1}`} className="text-indigo-700 underline">Older</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
