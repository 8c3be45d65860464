'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';

interface SubmitControlProps {
  isSubmitting: boolean;
  error: string;
  onSubmit: () => void;
}

/** "Submit session" with a confirmation step: submitting freezes the work for good. */
export function SubmitControl({ isSubmitting, error, onSubmit }: SubmitControlProps) {
  const [isConfirming, setIsConfirming] = useState(false);
  if (isSubmitting) {
    return <p role="status" className="text-sm font-medium text-slate-700">Saving and submitting…</p>;
  }
  return (
    <div className="flex flex-col items-end gap-1">
      {isConfirming ? (
        <div role="group" aria-label="Confirm submission" className="flex items-center gap-2">
          <span className="text-sm text-slate-800">Submit now? Your work will be frozen.</span>
          <Button onClick={onSubmit}>Yes, submit</Button>
          <Button variant="secondary" onClick={() => setIsConfirming(false)}>Keep working</Button>
        </div>
      ) : (
        <Button onClick={() => setIsConfirming(true)}>Submit session</Button>
      )}
      {error ? <p role="alert" className="text-sm text-red-700">{error}</p> : null}
    </div>
  );
}
