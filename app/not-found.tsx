import Link from 'next/link';

export default function NotFound() {
  return (
    <section className="mx-auto max-w-lg py-16 text-center">
      <h1 className="text-3xl font-semibold">Page not found</h1>
      <p className="mt-3 text-slate-600">There is nothing here, or it is not yours to see.</p>
      <Link href="/problems" className="mt-6 inline-block text-indigo-700 underline">Browse the problems</Link>
    </section>
  );
}
