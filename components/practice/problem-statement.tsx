import { Markdown } from '@/components/markdown/markdown';

/** The problem as the interviewer states it; collapsible to give the canvas room. */
export function ProblemStatement({ summary, prompt }: { summary: string; prompt: string }) {
  return (
    <details open className="rounded border border-slate-200 bg-white p-3">
      <summary className="cursor-pointer text-base font-semibold text-slate-900">Problem statement</summary>
      <div className="mt-2 flex flex-col gap-2 text-sm">
        <p className="text-slate-700">{summary}</p>
        <Markdown minHeadingLevel={3} className="prose-sm">{prompt}</Markdown>
      </div>
    </details>
  );
}
