import type { Metadata } from 'next';
import { EstimatorPanel } from '@/components/estimator/estimator-panel';

// `absolute` because the root layout's title template would append "· Scaleboard" a second time.
export const metadata: Metadata = { title: { absolute: 'Estimator · Scaleboard' } };

/** Standalone estimator for quick practice; no sign-in, kept in this browser. */
export default function EstimatorPage() {
  return (
    <div className="flex flex-col gap-6">
      <header className="flex max-w-3xl flex-col gap-2">
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">Back-of-the-envelope estimator</h1>
        <p className="text-slate-700">
          Practise the figures interviewers expect within minutes: QPS, storage, bandwidth and cache, each shown with
          the numbers that produce it. Work freely below with units, and keep the classic reference numbers at hand.
          Your work stays in this browser.
        </p>
      </header>
      <EstimatorPanel />
    </div>
  );
}
