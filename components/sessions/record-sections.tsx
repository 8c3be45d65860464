import { Markdown } from '@/components/markdown/markdown';
import { RUBRIC_DIMENSIONS, LEVEL_NAMES } from '@/lib/problems/catalogue';
import { formatDuration } from '@/lib/sessions/clock-format';
import type { SessionNotes } from '@/lib/sessions/notes';
import { PHASES, type PhaseId } from '@/lib/sessions/phases';

/** The candidate's notes, phase by phase. */
export function NotesView({ notes }: { notes: SessionNotes }) {
  const written = PHASES.filter((p) => (notes[p.id] ?? '').trim() !== '');
  if (written.length === 0) return <p className="text-slate-700">No notes were written.</p>;
  return (
    <div className="flex flex-col gap-4">
      {written.map((p) => (
        <article key={p.id} className="rounded border border-slate-200 bg-white p-3">
          <h3 className="font-semibold text-slate-900">{p.id}. {p.title}</h3>
          <Markdown minHeadingLevel={4} className="prose-sm">{notes[p.id] ?? ''}</Markdown>
        </article>
      ))}
    </div>
  );
}

/** Time spent per phase against the suggested budget. */
export function PhaseTimeTable({ spent, budgets }: { spent: Partial<Record<PhaseId, number>>; budgets: Record<PhaseId, number> }) {
  return (
    <table className="w-full max-w-xl text-left text-sm">
      <caption className="sr-only">Time per phase</caption>
      <thead className="text-xs uppercase tracking-wide text-slate-700">
        <tr>
          <th scope="col" className="py-1">Phase</th>
          <th scope="col" className="py-1">Spent</th>
          <th scope="col" className="py-1">Suggested</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-200">
        {PHASES.map((p) => (
          <tr key={p.id}>
            <th scope="row" className="py-1 font-medium">{p.id}. {p.title}</th>
            <td className="py-1">{formatDuration(spent[p.id] ?? 0)}</td>
            <td className="py-1">{formatDuration(budgets[p.id])}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export interface UsedHint {
  hintIndex: number;
  text: string;
  source: string;
  secondsIn: number;
}

/** Hints opened, with when (minutes into the session) and who opened them. */
export function HintsUsed({ hints }: { hints: UsedHint[] }) {
  if (hints.length === 0) return <p className="text-slate-700">No hints were used.</p>;
  return (
    <ol className="flex flex-col gap-2 text-sm">
      {hints.map((h) => (
        <li key={h.hintIndex} className="rounded border border-slate-200 bg-white p-2">
          <p className="font-medium text-slate-900">
            Hint {h.hintIndex + 1}, opened {formatDuration(h.secondsIn)} in{h.source === 'self' ? '' : ` (sent by the ${h.source})`}
          </p>
          <p className="text-slate-700">{h.text}</p>
        </li>
      ))}
    </ol>
  );
}

/** The candidate's self-ratings per rubric dimension. */
export function SelfRatingsView({ ratings }: { ratings: Record<string, number> | null }) {
  const entries = Object.entries(ratings ?? {});
  if (entries.length === 0) return <p className="text-slate-700">Not rated yet.</p>;
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
      {entries.map(([dimension, level]) => (
        <div key={dimension} className="flex justify-between gap-2 border-b border-slate-100 py-1">
          <dt>{RUBRIC_DIMENSIONS[dimension as keyof typeof RUBRIC_DIMENSIONS]?.title ?? dimension}</dt>
          <dd className="font-medium">{level} · {LEVEL_NAMES[level - 1]}</dd>
        </div>
      ))}
    </dl>
  );
}
