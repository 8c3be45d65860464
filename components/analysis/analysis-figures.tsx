import { availabilityPercent, downtime, ms } from '@/lib/analysis/describe';
import type { AnalysisResult, AnalysisTargets } from '@/lib/analysis/schema';

function Figure(props: { title: string; value: string; target?: string; working: string }) {
  return (
    <div className="flex flex-col gap-1 rounded border border-slate-200 p-3">
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{props.title}</dt>
      <dd className="text-sm text-slate-900">
        <span className="font-semibold">{props.value}</span>
        {props.target ? <span className="text-slate-600"> (target {props.target})</span> : null}
        <details className="mt-1">
          <summary className="cursor-pointer text-xs text-indigo-700">Show working</summary>
          <pre className="mt-1 whitespace-pre-wrap font-mono text-xs text-slate-700">{props.working}</pre>
        </details>
      </dd>
    </div>
  );
}

/** End-to-end availability (with downtime per month) and slowest-path latency, each with its working. */
export function AnalysisFigures({ result, targets }: { result: AnalysisResult; targets?: AnalysisTargets }) {
  const { availability, latencyMs } = result;
  if (!availability && !latencyMs) return null;
  return (
    <dl className="grid grid-cols-1 gap-2 @md:grid-cols-2">
      {availability ? (
        <Figure
          title="Availability"
          value={`${availabilityPercent(availability.value)} · ${downtime(availability.downtimeMinutesPerMonth)} down a month`}
          target={targets?.availability === undefined ? undefined : availabilityPercent(targets.availability)}
          working={availability.working}
        />
      ) : null}
      {latencyMs ? (
        <Figure
          title="Latency (slowest path)"
          value={ms(latencyMs.value)}
          target={targets?.latencyMsP99 === undefined ? undefined : `p99 ${targets.latencyMsP99} ms`}
          working={latencyMs.working}
        />
      ) : null}
    </dl>
  );
}
