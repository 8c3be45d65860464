'use client';

import Link from 'next/link';
import { reviewScoringPath } from '@/lib/interviews/dto';
import type { ReactNode } from 'react';
import { ReceivedHints, HintLadder } from './hint-ladder';
import { InterviewerControls } from './interviewer-controls';
import { PhaseNotes } from './phase-notes';
import { PresenceList } from './presence-list';
import { PrivateNotes } from './private-notes';
import { RoomCanvas } from './room-canvas';
import { RoomClock } from './room-clock';
import { RoomEstimate } from './room-estimate';
import { useRoom, type RoomUser } from './use-room';

const COLORS = { interviewer: '#7c3aed', candidate: '#0369a1' } as const;

export interface InterviewRoomProps {
  interviewId: string;
  userName: string;
  role: RoomUser['role'];
  /** Interviewer only: the problem's hints, their private notes, and the reference design and rubric. */
  interviewerConsole?: { hints: readonly string[]; privateNotes: string; reference: ReactNode };
}

/** The live room: shared canvas, estimator and phase notes, presence, the clock, and each side's panel. */
export function InterviewRoom({ interviewId, userName, role, interviewerConsole }: InterviewRoomProps) {
  const { room, status, control } = useRoom(interviewId, { name: userName, color: COLORS[role], role });
  if (!room || !control) {
    return <p role="status" className="text-slate-700">{status === 'disconnected' ? 'Cannot reach the room; retrying…' : 'Joining the room…'}</p>;
  }
  const { doc, provider } = room;
  const { state, offsetMs } = control;
  const isEnded = state.status === 'ended' || state.status === 'cancelled';

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3 rounded border border-slate-200 bg-slate-50 px-3 py-2">
        <RoomClock control={state} offsetMs={offsetMs} />
        <PresenceList awareness={provider.awareness} status={status} />
      </div>
      {isEnded ? (
        <p role="status" className="rounded border border-slate-300 bg-white p-3 text-sm">
          {state.status === 'ended' ? 'This interview has ended; the work below is frozen. ' : 'This interview was cancelled. '}
          {state.sessionId ? <Link className="text-indigo-700 underline" href={role === 'interviewer' ? reviewScoringPath(state.sessionId) : `/sessions/${state.sessionId}`}>{role === 'interviewer' ? 'Score it against the rubric' : 'Open it in your history'}</Link> : null}
        </p>
      ) : null}
      <div className="grid grid-cols-1 gap-4 xl:grid-cols-[1fr_22rem]">
        <div className="flex min-w-0 flex-col gap-4">
          <RoomCanvas doc={doc} provider={provider} isReadOnly={isEnded} />
          <PhaseNotes doc={doc} currentPhase={state.currentPhase} isReadOnly={isEnded} />
          <details className="rounded border border-slate-200 bg-white p-3">
            <summary className="cursor-pointer text-sm font-semibold text-slate-900">Estimator</summary>
            <div className="mt-3">
              <RoomEstimate doc={doc} isReadOnly={isEnded} />
            </div>
          </details>
        </div>
        <aside aria-label={interviewerConsole ? 'Interviewer console' : 'Interview'} className="flex flex-col gap-6">
          {interviewerConsole ? (
            <>
              <InterviewerControls interviewId={interviewId} control={state} />
              <PrivateNotes interviewId={interviewId} initial={interviewerConsole.privateNotes} />
              <HintLadder interviewId={interviewId} hints={interviewerConsole.hints} control={state} />
              {interviewerConsole.reference}
            </>
          ) : (
            <ReceivedHints control={state} />
          )}
        </aside>
      </div>
    </div>
  );
}
