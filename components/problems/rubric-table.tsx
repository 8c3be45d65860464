import { InlineMarkdown } from '@/components/markdown/markdown';
import { LEVEL_NAMES } from '@/lib/problems/catalogue';
import type { RubricRow } from '@/lib/problems/dto';

/** The problem's rubric, always public: one row per dimension, one column per level. */
export function RubricTable({ rows }: { rows: readonly RubricRow[] }) {
  return (
    // Focusable and named so keyboard users can scroll it on narrow screens.
    <div tabIndex={0} role="region" aria-label="Rubric table" className="overflow-x-auto rounded border border-slate-200 bg-white">
      <table className="w-full min-w-[48rem] text-left text-sm">
        <caption className="sr-only">Rubric: what each level looks like on this problem</caption>
        <thead className="bg-slate-100 text-xs uppercase tracking-wide text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2">Dimension</th>
            {LEVEL_NAMES.map((name, index) => (
              <th key={name} scope="col" className="px-3 py-2">
                {index + 1}. {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 align-top">
          {rows.map((row) => (
            <tr key={row.dimension}>
              <th scope="row" className="px-3 py-2 font-medium text-slate-900">{row.title}</th>
              {row.levels.map((level, index) => (
                <td key={index} className="px-3 py-2 text-slate-700">
                  <InlineMarkdown>{level}</InlineMarkdown>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
