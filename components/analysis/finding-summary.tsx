import type { ReactNode } from 'react';
import Link from 'next/link';
import { CircleAlert, Info, TriangleAlert } from 'lucide-react';
import type { Finding, Severity } from '@/lib/analysis/schema';
import { SEVERITY_LOOK, conceptTitle } from './severity';

const ICONS: Record<Severity, typeof Info> = { error: CircleAlert, warning: TriangleAlert, info: Info };

/** One finding's severity, message and concept-guide link; actions are passed in as children. */
export function FindingSummary({ finding, children }: { finding: Finding; children?: ReactNode }) {
  const Icon = ICONS[finding.severity];
  const look = SEVERITY_LOOK[finding.severity];
  return (
    <div className="flex gap-2">
      <Icon aria-hidden className={`mt-0.5 h-4 w-4 shrink-0 ${look.tone}`} />
      <div className="flex min-w-0 flex-col gap-1">
        <p className="text-sm text-slate-800">
          <span className="sr-only">{finding.severity}: </span>
          {finding.message}
        </p>
        <div className="flex flex-wrap items-center gap-3 text-xs">
          <code className={`rounded px-1.5 py-0.5 ring-1 ${look.badge}`}>{finding.rule}</code>
          <Link href={`/concepts/${finding.concept}`} className="text-indigo-700 underline hover:text-indigo-900">
            Read: {conceptTitle(finding.concept)}
          </Link>
          {children}
        </div>
      </div>
    </div>
  );
}
