'use client';

import { useState } from 'react';
import { MessageSquarePlus, X } from 'lucide-react';
import type { Finding } from '@/lib/analysis/schema';
import { Button } from '@/components/ui/button';
import { FindingSummary } from './finding-summary';
import { findingKey } from './severity';

interface FindingSuggestionsProps {
  findings: readonly Finding[];
  onAccept: (finding: Finding) => void;
  onDismiss: (finding: Finding) => void;
}

/**
 * Analysis findings offered to a reviewer as suggestions: each can become a comment or be dismissed.
 * They never set a score; the reviewer decides. Handled findings leave the list.
 */
export function FindingSuggestions({ findings, onAccept, onDismiss }: FindingSuggestionsProps) {
  const [handled, setHandled] = useState<ReadonlySet<string>>(new Set());
  const open = findings.filter((f) => !handled.has(findingKey(f)));
  const settle = (finding: Finding, action: (f: Finding) => void) => {
    setHandled((previous) => new Set(previous).add(findingKey(finding)));
    action(finding);
  };
  return (
    <section aria-labelledby="suggestions-heading" className="flex flex-col gap-3">
      <h2 id="suggestions-heading" className="text-base font-semibold text-slate-900">
        Suggestions from analysis ({open.length})
      </h2>
      <p className="text-xs text-slate-600">Automated checks of the diagram. They do not affect the score.</p>
      {open.length === 0 ? (
        <p className="text-sm text-slate-600">No open suggestions.</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {open.map((finding) => (
            <li key={findingKey(finding)} className="flex flex-col gap-2 rounded border border-slate-200 p-3">
              <FindingSummary finding={finding} />
              <div className="flex gap-2">
                <Button variant="secondary" onClick={() => settle(finding, onAccept)} aria-label={`Add as comment: ${finding.rule}`}>
                  <MessageSquarePlus aria-hidden className="h-4 w-4" />
                  Add as comment
                </Button>
                <Button variant="secondary" onClick={() => settle(finding, onDismiss)} aria-label={`Dismiss: ${finding.rule}`}>
                  <X aria-hidden className="h-4 w-4" />
                  Dismiss
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
