import type { Diagram } from '@/lib/diagram/schema';
import type { NodeFigures } from '@/lib/analysis/schema';
import { utilizationTone } from './severity';

const TONES = { ok: 'text-emerald-700', warning: 'text-amber-700', error: 'text-red-700' } as const;

/** Per-component load and utilization, busiest first, each with its working. */
export function UtilizationList({ diagram, figures }: { diagram: Diagram; figures: Record<string, NodeFigures> }) {
  const labels = new Map(diagram.nodes.map((n) => [n.id, n.data.label || n.id] as const));
  const rows = Object.entries(figures).sort(([, a], [, b]) => (b.utilization ?? -1) - (a.utilization ?? -1));
  if (rows.length === 0) return <p className="text-sm text-slate-600">Add an estimate to carry traffic through the design.</p>;
  return (
    <ul className="flex flex-col gap-1" aria-label="Load per component">
      {rows.map(([id, figure]) => (
        <li key={id} className="text-sm">
          <details>
            <summary className="cursor-pointer">
              <span className="text-slate-800">{labels.get(id) ?? id}</span>{' '}
              {figure.utilization === undefined ? (
                <span className="text-slate-500">no capacity set</span>
              ) : (
                <span className={`font-medium ${TONES[utilizationTone(figure.utilization)]}`}>
                  {Math.round(figure.utilization * 100)}%
                </span>
              )}
            </summary>
            <p className="mt-1 font-mono text-xs text-slate-700">{figure.working}</p>
          </details>
        </li>
      ))}
    </ul>
  );
}
