/**
 * Autosave for a session's notes and estimate, free of React and the network so it is tested with fakes.
 * Same no-loss rules as the diagram's: every change goes to local storage at once (a closed tab loses
 * nothing), and to the server a second after the last change; offline and passing failures retry. The
 * draft is removed only once the server has the latest value, so its presence means "unsaved".
 */
export type DraftStatus = 'saved' | 'unsaved' | 'saving' | 'offline' | 'error' | 'frozen';

export type SaveOutcome =
  | { kind: 'saved' }
  | { kind: 'offline' }
  /** The session was submitted: nothing more can be saved. */
  | { kind: 'frozen' }
  | { kind: 'failed'; message: string; isRetryable: boolean };

export interface DraftSaverDeps<T> {
  key: string;
  save: (value: T) => Promise<SaveOutcome>;
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
  setTimer: (run: () => void, ms: number) => number;
  clearTimer: (id: number) => void;
  onStatus: (status: DraftStatus, error: string | null) => void;
}

export const SAVE_DEBOUNCE_MS = 1_000;
export const SAVE_RETRY_MS = 5_000;

export class DraftSaver<T> {
  private pending: { value: T } | null = null;
  private inFlight: Promise<void> | null = null;
  private timer: number | undefined;
  private isFrozen = false;

  constructor(private readonly deps: DraftSaverDeps<T>) {}

  /** Records a change: kept locally now, sent after a pause in typing. */
  change(value: T): void {
    if (this.isFrozen) return;
    this.pending = { value };
    this.writeDraft(value);
    this.deps.onStatus('unsaved', null);
    this.schedule(SAVE_DEBOUNCE_MS);
  }

  /** Sends what is pending now and resolves once the server has it (or saving failed). */
  async flush(): Promise<void> {
    this.cancelTimer();
    if (this.inFlight) await this.inFlight;
    if (this.pending) await this.send();
  }

  /** Whether a change is waiting or being sent (the server does not have the latest value yet). */
  hasPending(): boolean {
    return this.pending !== null || this.inFlight !== null;
  }

  dispose(): void {
    this.cancelTimer();
  }

  private schedule(ms: number): void {
    this.cancelTimer();
    this.timer = this.deps.setTimer(() => void this.send(), ms);
  }

  private cancelTimer(): void {
    if (this.timer !== undefined) this.deps.clearTimer(this.timer);
    this.timer = undefined;
  }

  private send(): Promise<void> {
    if (this.inFlight) return this.inFlight.then(() => (this.pending ? this.send() : undefined));
    const current = this.pending;
    if (!current || this.isFrozen) return Promise.resolve();
    this.deps.onStatus('saving', null);
    this.inFlight = this.deps
      .save(current.value)
      .catch((): SaveOutcome => ({ kind: 'offline' }))
      .then((outcome) => this.settle(current, outcome))
      .finally(() => {
        this.inFlight = null;
      });
    return this.inFlight;
  }

  private settle(sent: { value: T }, outcome: SaveOutcome): void {
    if (outcome.kind === 'frozen') {
      this.isFrozen = true;
      this.pending = null;
      this.deps.onStatus('frozen', 'This session has been submitted; changes are no longer saved.');
      return;
    }
    if (outcome.kind === 'saved') {
      if (this.pending === sent) {
        this.pending = null;
        this.removeDraft();
        this.deps.onStatus('saved', null);
      } else {
        this.schedule(0);
      }
      return;
    }
    const isOffline = outcome.kind === 'offline';
    this.deps.onStatus(isOffline ? 'offline' : 'error', isOffline ? null : outcome.message);
    if (isOffline || outcome.isRetryable) this.schedule(SAVE_RETRY_MS);
  }

  private writeDraft(value: T): void {
    try {
      this.deps.storage?.setItem(this.deps.key, JSON.stringify({ value, savedAt: Date.now() }));
    } catch {
      // Storage full or refused: the server save still happens.
    }
  }

  private removeDraft(): void {
    try {
      this.deps.storage?.removeItem(this.deps.key);
    } catch {
      // Nothing to do: a stale draft is re-sent next time, which is harmless.
    }
  }
}

/** The value of a stored draft, or null when there is none or it does not parse. */
export function readDraftValue(text: string | null): unknown {
  if (!text) return null;
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null && 'value' in parsed ? parsed.value : null;
  } catch {
    return null;
  }
}
