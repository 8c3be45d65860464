import Link from 'next/link';

/** Shown on pages that need a role the user does not have. */
export function AccessDenied({ need }: { need: string }) {
  return (
    <section aria-labelledby="denied-title" className="mx-auto max-w-lg rounded border border-amber-300 bg-amber-50 p-6">
      <h1 id="denied-title" className="text-xl font-semibold text-amber-900">You do not have access to this page</h1>
      <p className="mt-2 text-sm text-amber-900">This page is for {need}. Ask an admin if you need that role.</p>
      <Link href="/problems" className="mt-4 inline-block text-sm text-indigo-700 underline">Back to the problems</Link>
    </section>
  );
}
