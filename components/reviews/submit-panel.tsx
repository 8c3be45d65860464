'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';

interface SubmitPanelProps {
  submitUrl: string;
  /** What still blocks submission, as messages; empty when complete. */
  missing: readonly string[];
  /** Saves pending changes first; false when saving failed. */
  flush: () => Promise<boolean>;
}

/** Submit with a confirmation step: a submitted review is final and the candidate sees it. */
export function SubmitPanel({ submitUrl, missing, flush }: SubmitPanelProps) {
  const router = useRouter();
  const [step, setStep] = useState<'idle' | 'missing' | 'confirm' | 'sending'>('idle');
  const [error, setError] = useState<string>();

  const confirm = async () => {
    setStep('sending');
    setError(undefined);
    const res = (await flush()) ? await fetch(submitUrl, { method: 'POST' }) : null;
    if (res?.ok) return router.refresh();
    const body = res ? ((await res.json().catch(() => ({}))) as { error?: string }) : {};
    setError(body.error ?? 'The review could not be saved. Check your connection and try again.');
    setStep('idle');
  };

  return (
    <div className="flex flex-col gap-2 rounded border border-slate-200 bg-white p-3">
      <FormAlert message={error} />
      {step === 'missing' && missing.length > 0 ? (
        <div role="alert" className="rounded border border-amber-300 bg-amber-50 p-2 text-sm text-amber-900">
          <p className="font-medium">Before submitting:</p>
          <ul className="list-disc pl-5">
            {missing.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {step === 'confirm' || step === 'sending' ? (
        <div className="flex flex-col gap-2">
          <p className="text-sm text-slate-800">Submitting makes this review final: you cannot change it afterwards, and the candidate will see it.</p>
          <div className="flex gap-2">
            <Button onClick={() => void confirm()} disabled={step === 'sending'}>
              {step === 'sending' ? 'Submitting…' : 'Confirm submit'}
            </Button>
            <Button variant="secondary" onClick={() => setStep('idle')} disabled={step === 'sending'}>
              Cancel
            </Button>
          </div>
        </div>
      ) : (
        <Button onClick={() => setStep(missing.length > 0 ? 'missing' : 'confirm')} className="self-start">
          Submit review
        </Button>
      )}
    </div>
  );
}
