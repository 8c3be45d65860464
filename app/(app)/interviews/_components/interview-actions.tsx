'use client';

import { useState, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { interviewRequest } from '@/components/interview/interview-api';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import type { InterviewDto } from '@/lib/interviews/dto';
import { INTERVIEW_DURATIONS } from '@/lib/interviews/schema';
import { InviteLink } from './invite-link';

/** `datetime-local` wants local time without a zone. */
function toLocalInput(iso: string): string {
  const d = new Date(iso);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

/** The interviewer's actions on one scheduled interview: reschedule, new invite link, cancel. */
export function InterviewActions({ interview }: { interview: InterviewDto }) {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [inviteUrl, setInviteUrl] = useState<string>();
  const run = (action: () => Promise<unknown>) =>
    action().then(
      () => (setError(undefined), router.refresh()),
      (e: Error) => setError(e.message),
    );
  if (interview.status !== 'scheduled' && interview.status !== 'live') return null;
  const base = `/api/interviews/${interview.id}`;

  const reschedule = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const body = { scheduledAt: new Date(String(form.get('scheduledAt'))).toISOString(), durationMinutes: Number(form.get('durationMinutes')) };
    void run(() => interviewRequest(base, { method: 'PATCH', body }));
  };

  return (
    <div className="flex flex-col gap-2">
      {interview.status === 'scheduled' ? (
        <form onSubmit={reschedule} className="flex flex-wrap items-end gap-2 text-sm">
          <label className="flex flex-col">
            New time
            <input type="datetime-local" name="scheduledAt" required defaultValue={toLocalInput(interview.scheduledAt)} className="rounded border border-slate-300 px-2 py-1" />
          </label>
          <label className="flex flex-col">
            Length
            <select name="durationMinutes" defaultValue={interview.durationMinutes} className="rounded border border-slate-300 px-2 py-1">
              {INTERVIEW_DURATIONS.map((m) => <option key={m} value={m}>{`${m} min`}</option>)}
            </select>
          </label>
          <Button type="submit" variant="secondary">Reschedule</Button>
        </form>
      ) : null}
      <div className="flex gap-2">
        {!interview.hasCandidate ? (
          <Button variant="secondary" onClick={() => void interviewRequest<{ inviteUrl: string }>(`${base}/invite`).then((r) => setInviteUrl(r.inviteUrl), (e: Error) => setError(e.message))}>
            New invite link
          </Button>
        ) : null}
        <Button variant="danger" onClick={() => window.confirm('Cancel this interview?') && void run(() => interviewRequest(`${base}/cancel`))}>Cancel interview</Button>
      </div>
      {inviteUrl ? <InviteLink url={inviteUrl} /> : null}
      <FormAlert message={error} />
    </div>
  );
}
