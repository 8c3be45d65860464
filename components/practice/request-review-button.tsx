'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { requestJson, sessionUrl } from './session-api';

type ReviewStatus = 'none' | 'waiting' | 'in_review' | 'reviewed';

const STATUS_TEXT: Record<Exclude<ReviewStatus, 'none'>, string> = {
  waiting: 'Review requested: your session is in the reviewers’ queue.',
  in_review: 'A reviewer is looking at your session.',
  reviewed: 'Your session has been reviewed.',
};

/** Puts the submitted session in the reviewers' queue. */
export function RequestReviewButton({ sessionId, initialStatus }: { sessionId: string; initialStatus: ReviewStatus }) {
  const [status, setStatus] = useState<ReviewStatus>(initialStatus);
  const [error, setError] = useState('');
  const request = async () => {
    const answer = await requestJson(sessionUrl(sessionId, '/review-request'), 'POST');
    if (answer.ok) setStatus('waiting');
    setError(answer.ok ? '' : answer.error);
  };
  return (
    <div className="flex flex-col gap-2">
      {status === 'none' ? (
        <Button onClick={() => void request()} className="self-start">Request a review</Button>
      ) : (
        <p role="status" className="text-sm font-medium text-emerald-800">{STATUS_TEXT[status]}</p>
      )}
      {error ? <p role="alert" className="text-sm text-red-700">{error}</p> : null}
    </div>
  );
}
