'use client';

import dynamic from 'next/dynamic';

/** The room (Yjs, y-websocket and, through the canvas, React Flow) in its own chunk, browser only. */
export const LazyInterviewRoom = dynamic(() => import('./interview-room').then((m) => m.InterviewRoom), {
  ssr: false,
  loading: () => <p role="status" className="text-slate-700">Joining the room…</p>,
});
