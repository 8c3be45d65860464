import Link from 'next/link';

/** One concept guide in the index: its title (the link) and summary. */
export function ConceptCard({ slug, title, summary }: { slug: string; title: string; summary: string }) {
  return (
    <article className="relative flex h-full flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4 shadow-sm focus-within:ring-2 focus-within:ring-indigo-600 hover:border-indigo-300">
      <h2 className="text-lg font-semibold text-slate-900">
        <Link href={`/concepts/${slug}`} className="after:absolute after:inset-0 after:content-[''] focus:outline-none">
          {title}
        </Link>
      </h2>
      <p className="text-sm text-slate-700">{summary}</p>
    </article>
  );
}
