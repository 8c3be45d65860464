import { chooseInitialState, DraftStore } from './draft';
import { DIAGRAM_LIMITS } from './kinds';
import { mergeDiagrams } from './merge';
import { EMPTY_DIAGRAM, type Diagram } from './schema';

/**
 * The autosave state machine, free of React and of the network so it can be tested with fakes.
 * Every change is written to local storage at once (nothing is lost if the tab closes), and sent to
 * the server about a second after the last change. A 409 is reconciled by a three-way merge (see
 * merge.ts) and retried; network failures retry when the browser is back online and periodically.
 */
export type SaveStatus = 'loading' | 'saved' | 'saving' | 'unsaved' | 'offline' | 'conflict' | 'error';

export type LoadResult = { kind: 'ok'; version: number; diagram: Diagram } | { kind: 'offline' } | { kind: 'failed'; message: string };
export type SaveResult = { kind: 'saved'; version: number } | { kind: 'conflict' } | { kind: 'offline' } | { kind: 'failed'; message: string; isRetryable: boolean };

export interface AutosaveDeps {
  load: () => Promise<LoadResult>;
  save: (body: string, options: { keepalive: boolean }) => Promise<SaveResult>;
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
  now: () => number;
  setTimer: (run: () => void, ms: number) => number;
  clearTimer: (id: number) => void;
}

export interface AutosaveView {
  status: SaveStatus;
  error: string | null;
  version: number;
}

export interface AutosaveListener {
  onView: (view: AutosaveView) => void;
  /** A merged diagram the editor must show (it already includes the local edits). */
  onRemote: (diagram: Diagram) => void;
}

export const DEBOUNCE_MS = 1_000;
export const RETRY_MS = 5_000;
const MAX_CONFLICT_ROUNDS = 3;
/** Browsers cap keepalive request bodies at 64 KiB. */
const KEEPALIVE_MAX_BYTES = 60_000;

export class AutosaveController {
  private baseVersion = 0;
  private base: Diagram = EMPTY_DIAGRAM;
  private latest: Diagram = EMPTY_DIAGRAM;
  private isDirty = false;
  private isInFlight = false;
  private isQueued = false;
  private isOffline = false;
  private conflictRounds = 0;
  private timer: number | undefined;
  private view: AutosaveView = { status: 'loading', error: null, version: 0 };
  private readonly drafts: DraftStore;

  constructor(
    private readonly sessionId: string,
    private readonly deps: AutosaveDeps,
    private readonly listener: AutosaveListener,
    /** Read-only views load the server's diagram only: no local draft, no saving. */
    private readonly isReadOnly = false,
  ) {
    this.drafts = new DraftStore(deps.storage, sessionId);
  }

  /** Loads the server's diagram and any local draft; resolves to what the editor opens with. */
  async load(): Promise<Diagram | null> {
    const draft = this.isReadOnly ? null : this.drafts.read();
    const result = await this.deps.load();
    if (result.kind === 'failed') {
      this.publish({ status: 'error', error: result.message });
      return null;
    }
    if (result.kind === 'offline') {
      this.isOffline = true;
      if (!draft) {
        this.publish({ status: 'offline', error: 'The diagram could not be loaded while offline.' });
        return null;
      }
      this.baseVersion = draft.baseVersion;
      this.base = draft.base ?? EMPTY_DIAGRAM;
      this.latest = draft.diagram;
      this.isDirty = true;
      this.publish({ status: 'offline', error: null, version: draft.baseVersion });
      this.schedule(RETRY_MS);
      return draft.diagram;
    }
    const initial = chooseInitialState({ version: result.version, diagram: result.diagram }, draft);
    this.baseVersion = initial.baseVersion;
    this.base = initial.base;
    this.latest = initial.diagram;
    this.isDirty = initial.hasUnsavedChanges;
    this.publish({ status: this.isDirty ? 'unsaved' : 'saved', error: null, version: initial.baseVersion });
    if (this.isDirty) this.schedule(0);
    return initial.diagram;
  }

  /** Records an edit: kept locally now, sent after the debounce. */
  change(diagram: Diagram): void {
    if (this.isReadOnly) return;
    this.latest = diagram;
    this.isDirty = true;
    this.writeDraft();
    if (!this.isInFlight) this.publish({ status: this.isOffline ? 'offline' : 'unsaved' });
    this.schedule(DEBOUNCE_MS);
  }

  /** Saves now (page hidden or closing): keepalive lets the request outlive the page. */
  flush(): void {
    if (!this.isDirty) return;
    this.writeDraft();
    void this.saveNow(true);
  }

  setOnline(isOnline: boolean): void {
    this.isOffline = !isOnline;
    if (!isOnline) {
      this.publish({ status: 'offline' });
      return;
    }
    if (this.isDirty) void this.saveNow(false);
    else if (this.view.status === 'offline') this.publish({ status: 'saved', error: null });
  }

  dispose(): void {
    if (this.timer !== undefined) this.deps.clearTimer(this.timer);
    this.timer = undefined;
    if (this.isDirty) this.writeDraft();
  }

  private schedule(ms: number): void {
    if (this.timer !== undefined) this.deps.clearTimer(this.timer);
    this.timer = this.deps.setTimer(() => {
      this.timer = undefined;
      void this.saveNow(false);
    }, ms);
  }

  /** Saves pending work now and resolves once the server has it (or saving failed): used before submitting. */
  async saveAndWait(): Promise<void> {
    if (this.timer !== undefined) this.deps.clearTimer(this.timer);
    this.timer = undefined;
    // A conflict round needs a second request; a few rounds are enough, then give up waiting.
    for (let round = 0; round < 4 && this.isDirty && this.view.status !== 'error' && !this.isOffline; round += 1) {
      await (this.current ?? this.saveNow(false));
    }
  }

  private current: Promise<void> | null = null;

  private saveNow(keepalive: boolean): Promise<void> {
    if (!this.isDirty) return Promise.resolve();
    if (this.isInFlight) {
      this.isQueued = true;
      return this.current ?? Promise.resolve();
    }
    const sent = this.latest;
    const body = JSON.stringify({ baseVersion: this.baseVersion, nodes: sent.nodes, edges: sent.edges });
    const bytes = new TextEncoder().encode(body).length;
    if (bytes > DIAGRAM_LIMITS.maxBytes) {
      this.publish({ status: 'error', error: 'The diagram is larger than 1 MB and cannot be saved; remove some components. Your work is kept on this device.' });
      return Promise.resolve();
    }
    this.isInFlight = true;
    this.publish({ status: 'saving' });
    this.current = this.send(body, sent, keepalive && bytes < KEEPALIVE_MAX_BYTES).finally(() => {
      this.current = null;
    });
    return this.current;
  }

  private async send(body: string, sent: Diagram, keepalive: boolean): Promise<void> {
    const result = await this.deps.save(body, { keepalive });
    this.isInFlight = false;
    await this.handle(result, sent);
    if (this.isQueued) {
      this.isQueued = false;
      if (this.isDirty) this.schedule(0);
    }
  }

  private async handle(result: SaveResult, sent: Diagram): Promise<void> {
    switch (result.kind) {
      case 'saved':
        this.acknowledge(result.version, sent);
        return;
      case 'conflict':
        await this.reconcile();
        return;
      case 'offline':
        this.isOffline = true;
        this.publish({ status: 'offline' });
        this.schedule(RETRY_MS);
        return;
      case 'failed':
        this.publish({ status: 'error', error: `${result.message} Your work is kept on this device.` });
        if (result.isRetryable) this.schedule(RETRY_MS);
    }
  }

  private acknowledge(version: number, sent: Diagram): void {
    this.baseVersion = version;
    this.base = sent;
    this.conflictRounds = 0;
    this.isOffline = false;
    if (this.latest === sent) {
      this.isDirty = false;
      this.drafts.remove();
      this.publish({ status: 'saved', error: null, version });
    } else {
      this.writeDraft();
      this.publish({ status: 'unsaved', error: null, version });
    }
  }

  /** 409: fetch the server's diagram, merge our edits onto it, show the result and save it. */
  private async reconcile(): Promise<void> {
    this.conflictRounds += 1;
    this.publish({ status: 'conflict' });
    const remote = await this.deps.load();
    if (remote.kind !== 'ok') {
      await this.handle(remote.kind === 'offline' ? remote : { ...remote, isRetryable: true }, this.latest);
      return;
    }
    const merged = mergeDiagrams(this.base, this.latest, remote.diagram).diagram;
    this.baseVersion = remote.version;
    this.base = remote.diagram;
    this.latest = merged;
    this.writeDraft();
    this.listener.onRemote(merged);
    this.publish({ version: remote.version });
    // Someone saving in a tight loop could starve us; back off instead of hammering the server.
    this.schedule(this.conflictRounds > MAX_CONFLICT_ROUNDS ? RETRY_MS : 0);
  }

  private publish(patch: Partial<AutosaveView>): void {
    this.view = { ...this.view, ...patch };
    this.listener.onView(this.view);
  }

  private writeDraft(): void {
    this.drafts.write({ baseVersion: this.baseVersion, diagram: this.latest, savedAt: this.deps.now(), base: this.base });
  }
}
