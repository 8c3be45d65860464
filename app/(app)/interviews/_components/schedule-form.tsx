'use client';

import { useState, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { interviewRequest } from '@/components/interview/interview-api';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { INTERVIEW_DURATIONS } from '@/lib/interviews/schema';
import { InviteLink } from './invite-link';

interface ProblemOption {
  slug: string;
  title: string;
}

/** Schedules an interview; the invite link is shown once, right here (only its hash is stored). */
export function ScheduleForm({ problems }: { problems: ProblemOption[] }) {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [invite, setInvite] = useState<{ url: string; id: string } | null>(null);
  const [isPending, setPending] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    try {
      const body = {
        problemSlug: String(form.get('problemSlug')),
        scheduledAt: new Date(String(form.get('scheduledAt'))).toISOString(),
        durationMinutes: Number(form.get('durationMinutes')),
      };
      const created = await interviewRequest<{ id: string; inviteUrl: string }>('/api/interviews', { body });
      setInvite({ url: created.inviteUrl, id: created.id });
      setError(undefined);
      router.refresh();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setPending(false);
    }
  };

  return (
    <section aria-labelledby="schedule-title" className="flex max-w-xl flex-col gap-3 rounded border border-slate-200 bg-white p-4">
      <h2 id="schedule-title" className="text-lg font-semibold">Schedule a mock interview</h2>
      <form onSubmit={onSubmit} className="flex flex-col gap-3">
        <label className="flex flex-col gap-1 text-sm font-medium">
          Problem
          <select name="problemSlug" required className="rounded border border-slate-300 px-3 py-2 font-normal">
            {problems.map((p) => <option key={p.slug} value={p.slug}>{p.title}</option>)}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium">
          Date and time
          <input type="datetime-local" name="scheduledAt" required className="rounded border border-slate-300 px-3 py-2 font-normal" />
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium">
          Length
          <select name="durationMinutes" defaultValue={45} className="rounded border border-slate-300 px-3 py-2 font-normal">
            {INTERVIEW_DURATIONS.map((m) => <option key={m} value={m}>{`${m} minutes`}</option>)}
          </select>
        </label>
        <FormAlert message={error} />
        <Button type="submit" disabled={isPending}>Schedule</Button>
      </form>
      {invite ? <InviteLink url={invite.url} roomHref={`/interviews/${invite.id}`} /> : null}
    </section>
  );
}
