import { QUEUE_STATUS_LABELS, QUEUE_STATUSES, type ReviewQueueQuery } from '@/lib/reviews/schema';

/** Filters as a plain GET form, so filtered views are links and work without JavaScript. */
export function QueueFilters({ problems, query }: { problems: readonly { slug: string; title: string }[]; query: ReviewQueueQuery }) {
  return (
    <form role="search" aria-label="Filter the queue" className="my-4 flex flex-wrap items-end gap-3">
      <div className="flex flex-col gap-1">
        <label htmlFor="queue-problem" className="text-sm font-medium">Problem</label>
        <select id="queue-problem" name="problem" defaultValue={query.problem ?? ''} className="rounded border border-slate-300 px-2 py-1.5 text-sm">
          <option value="">All problems</option>
          {problems.map((p) => (
            <option key={p.slug} value={p.slug}>{p.title}</option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="queue-status" className="text-sm font-medium">Status</label>
        <select id="queue-status" name="status" defaultValue={query.status ?? ''} className="rounded border border-slate-300 px-2 py-1.5 text-sm">
          <option value="">Any status</option>
          {QUEUE_STATUSES.map((s) => (
            <option key={s} value={s}>{QUEUE_STATUS_LABELS[s]}</option>
          ))}
        </select>
      </div>
      <button type="submit" className="rounded border border-slate-300 bg-white px-3 py-1.5 text-sm">Filter</button>
    </form>
  );
}
