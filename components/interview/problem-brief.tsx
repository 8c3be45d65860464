import type { Problem } from '@/lib/problems/schema';

/** The problem as both people see it: the prompt and the requirements (no solution). */
export function ProblemBrief({ problem }: { problem: Pick<Problem, 'prompt' | 'requirements'> }) {
  return (
    <details className="rounded border border-slate-200 bg-white p-3 text-sm">
      <summary className="cursor-pointer font-semibold text-slate-900">The problem</summary>
      <p className="mt-2 whitespace-pre-line text-slate-800">{problem.prompt}</p>
      <div className="mt-2 grid gap-4 md:grid-cols-2">
        <div>
          <h2 className="font-medium">Functional requirements</h2>
          <ul className="ml-5 list-disc">{problem.requirements.functional.map((r) => <li key={r}>{r}</li>)}</ul>
        </div>
        <div>
          <h2 className="font-medium">Non-functional requirements</h2>
          <ul className="ml-5 list-disc">{problem.requirements.nonFunctional.map((r) => <li key={r}>{r}</li>)}</ul>
        </div>
      </div>
    </details>
  );
}
