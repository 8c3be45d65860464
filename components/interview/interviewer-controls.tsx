'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import type { ControlState } from '@/lib/interviews/control';
import type { ControlAction } from '@/lib/interviews/schema';
import { LAST_PHASE } from '@/lib/interviews/clock';
import { interviewRequest } from './interview-api';

/** The interviewer's clock and phase buttons, and the end of the interview. */
export function InterviewerControls({ interviewId, control }: { interviewId: string; control: ControlState }) {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [isBusy, setBusy] = useState(false);
  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    try {
      await action();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const send = (action: ControlAction) => run(() => interviewRequest(`/api/interviews/${interviewId}/control`, { body: { action } }).then(() => undefined));
  const end = () =>
    run(async () => {
      if (!window.confirm('End the interview? The candidate’s work is frozen and you go on to score it.')) return;
      const { reviewUrl } = await interviewRequest<{ reviewUrl: string | null }>(`/api/interviews/${interviewId}/end`);
      router.push(reviewUrl ?? '/interviews');
    });
  const { timer, currentPhase, status } = control;
  const isOpen = status === 'scheduled' || status === 'live';

  return (
    <section aria-labelledby="controls-title" className="flex flex-col gap-2">
      <h2 id="controls-title" className="text-sm font-semibold text-slate-900">Clock and phase</h2>
      <div className="flex flex-wrap gap-2">
        {!timer.startedAt ? <Button disabled={!isOpen || isBusy} onClick={() => send('start')}>Start clock</Button> : null}
        {timer.startedAt && !timer.pausedAt ? <Button variant="secondary" disabled={!isOpen || isBusy} onClick={() => send('pause')}>Pause clock</Button> : null}
        {timer.pausedAt && isOpen ? <Button variant="secondary" disabled={isBusy} onClick={() => send('resume')}>Resume clock</Button> : null}
        <Button variant="secondary" disabled={!isOpen || isBusy || currentPhase <= 1} onClick={() => send('previous-phase')}>Previous phase</Button>
        <Button disabled={!isOpen || isBusy || currentPhase >= LAST_PHASE} onClick={() => send('next-phase')}>Next phase</Button>
        <Button variant="danger" disabled={!isOpen || isBusy} onClick={end}>End interview</Button>
      </div>
      <FormAlert message={error} />
    </section>
  );
}
