'use client';

import { Crosshair } from 'lucide-react';
import type { Finding } from '@/lib/analysis/schema';
import { FindingSummary } from './finding-summary';
import { SEVERITY_LOOK, findingKey, groupBySeverity } from './severity';

interface FindingGroupsProps {
  findings: readonly Finding[];
  /** Prefix for heading ids, unique per panel. */
  idPrefix: string;
  selectedKey: string | null;
  onShow?: (finding: Finding) => void;
}

function ShowButton({ finding, isSelected, onShow }: { finding: Finding; isSelected: boolean; onShow: (f: Finding) => void }) {
  return (
    <button
      type="button"
      onClick={() => onShow(finding)}
      aria-pressed={isSelected}
      aria-label={`Show on canvas: ${finding.rule}`}
      className="inline-flex items-center gap-1 text-indigo-700 hover:text-indigo-900"
    >
      <Crosshair aria-hidden className="h-3.5 w-3.5" />
      Show on canvas
    </button>
  );
}

/** Findings under a heading per severity, errors first, each with a "Show on canvas" button. */
export function FindingGroups({ findings, idPrefix, selectedKey, onShow }: FindingGroupsProps) {
  const groups = groupBySeverity(findings);
  if (groups.length === 0) {
    return <p className="text-sm text-emerald-700" role="status">No findings: the design passes every check.</p>;
  }
  return groups.map(({ severity, findings: group }) => (
    <section key={severity} aria-labelledby={`${idPrefix}-${severity}`} className="flex flex-col gap-2">
      <h3 id={`${idPrefix}-${severity}`} className={`text-sm font-semibold ${SEVERITY_LOOK[severity].tone}`}>
        {SEVERITY_LOOK[severity].heading} ({group.length})
      </h3>
      <ul className="flex flex-col gap-3">
        {group.map((finding) => {
          const isSelected = selectedKey === findingKey(finding);
          const canShow = onShow !== undefined && finding.nodeIds.length + finding.edgeIds.length > 0;
          return (
            <li key={findingKey(finding)} className={isSelected ? 'rounded bg-indigo-50 p-1' : 'p-1'}>
              <FindingSummary finding={finding}>
                {canShow ? <ShowButton finding={finding} isSelected={isSelected} onShow={onShow} /> : null}
              </FindingSummary>
            </li>
          );
        })}
      </ul>
    </section>
  ));
}
