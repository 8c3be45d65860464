'use client';

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <section className="mx-auto max-w-lg py-16 text-center">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p className="mt-3 text-slate-600">Your work is saved locally. Try again in a moment.</p>
      <button type="button" onClick={reset} className="mt-6 rounded bg-indigo-600 px-4 py-2 text-sm text-white">
        Try again
      </button>
    </section>
  );
}
