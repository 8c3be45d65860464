'use client';

import dynamic from 'next/dynamic';

/**
 * The workspace renders in the browser only: it starts from local drafts and the live clock, which the
 * server cannot know, so rendering it there would only produce a mismatched first paint.
 */
export const LazyPracticeWorkspace = dynamic(() => import('./practice-workspace').then((m) => m.PracticeWorkspace), {
  ssr: false,
  loading: () => <p role="status" className="text-sm text-slate-600">Loading the workspace…</p>,
});
