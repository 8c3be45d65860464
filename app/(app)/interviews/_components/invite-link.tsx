'use client';

import Link from 'next/link';
import { useState } from 'react';
import { Button } from '@/components/ui/button';

/** A freshly made invite link, with a copy button; it is not shown again (only its hash is kept). */
export function InviteLink({ url, roomHref }: { url: string; roomHref?: string }) {
  const [isCopied, setCopied] = useState(false);
  return (
    <div role="status" className="flex flex-col gap-2 rounded border border-emerald-200 bg-emerald-50 p-3 text-sm">
      <p className="font-medium">Invite link (shown once; send it to your candidate):</p>
      <input aria-label="Invite link" readOnly value={url} className="w-full rounded border border-slate-300 bg-white px-2 py-1 font-mono text-xs" onFocus={(e) => e.currentTarget.select()} />
      <div className="flex gap-2">
        <Button variant="secondary" onClick={() => void navigator.clipboard?.writeText(url).then(() => setCopied(true))}>{isCopied ? 'Copied' : 'Copy link'}</Button>
        {roomHref ? <Link href={roomHref} className="self-center text-indigo-700 underline">Open the room</Link> : null}
      </div>
    </div>
  );
}
