import { Markdown } from '@/components/markdown/markdown';
import { Section } from './section';

/** Hints, each collapsed until asked for: native <details>, so no JavaScript and keyboard-ready. */
export function HintList({ hints }: { hints: readonly string[] }) {
  return (
    <Section id="hints" title="Hints">
      <p className="text-sm text-slate-700">Try on your own first; open one hint at a time when you are stuck.</p>
      <ul className="flex flex-col gap-2">
        {hints.map((hint, index) => (
          <li key={index}>
            <details className="group rounded border border-slate-200 bg-white">
              <summary className="cursor-pointer px-3 py-2 text-sm font-medium text-slate-900">{`Hint ${index + 1}`}</summary>
              <div className="border-t border-slate-200 px-3 py-2">
                <Markdown minHeadingLevel={4}>{hint}</Markdown>
              </div>
            </details>
          </li>
        ))}
      </ul>
    </Section>
  );
}
