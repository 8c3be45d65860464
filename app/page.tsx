import Link from 'next/link';

const STEPS = [
  ['Requirements', 'Pin down scope and the numbers that matter: availability, latency, durability.'],
  ['Estimation', 'QPS, storage, bandwidth and cache, with the working checked against a reference.'],
  ['API and data model', 'Endpoints, entities, keys and how data is partitioned.'],
  ['High-level design', 'Draw it on a canvas that knows a load balancer from a cache.'],
  ['Deep dives', 'Scaling, consistency, failure modes and trade-offs, with hints when stuck.'],
  ['Review', 'Score yourself on the rubric, compare with the reference, or ask a reviewer.'],
] as const;

export default function HomePage() {
  return (
    <div className="flex flex-col gap-10">
      <section className="max-w-3xl">
        <h1 className="text-4xl font-semibold tracking-tight">Practise system design the way the interview runs.</h1>
        <p className="mt-4 text-lg text-slate-700">
          Classic problems written in depth, a typed architecture canvas, a units-aware estimator and a rubric for every
          problem. Alone against the clock, in a live mock, or scored by a reviewer.
        </p>
        <div className="mt-6 flex gap-3">
          <Link href="/problems" className="rounded bg-indigo-600 px-4 py-2 font-medium text-white hover:bg-indigo-700">Browse problems</Link>
          <Link href="/signup" className="rounded border border-slate-300 bg-white px-4 py-2 font-medium">Create an account</Link>
        </div>
      </section>
      <section aria-labelledby="how-title">
        <h2 id="how-title" className="text-xl font-semibold">How a session runs</h2>
        <ol className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {STEPS.map(([title, text], i) => (
            <li key={title} className="rounded border border-slate-200 bg-white p-4">
              <p className="text-sm font-medium text-indigo-700">Step {i + 1}</p>
              <h3 className="font-semibold">{title}</h3>
              <p className="mt-1 text-sm text-slate-700">{text}</p>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
