import type { LucideIcon } from 'lucide-react';

export interface StatusLook {
  text: string;
  Icon: LucideIcon;
  /** Tailwind text colour class. */
  tone: string;
}

/**
 * An always-visible save state (diagram, notes, estimate), announced politely to screen readers as it
 * changes. Each caller maps its own states to a look; colour is never the only signal.
 */
export function StatusIndicator({ label, look, isBusy, detail, error }: { label: string; look: StatusLook; isBusy: boolean; detail?: string; error?: string | null }) {
  const { text, Icon, tone } = look;
  return (
    <div role="status" aria-label={label} title={detail} className={`flex items-center gap-1 text-xs font-medium ${tone}`}>
      <Icon aria-hidden className={`size-3.5 ${isBusy ? 'animate-spin' : ''}`} />
      <span>{text}</span>
      {error ? <span className="sr-only">: {error}</span> : null}
    </div>
  );
}
