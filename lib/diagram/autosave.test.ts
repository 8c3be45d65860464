import { describe, expect, it } from 'vitest';
import { AutosaveController, type AutosaveView, type LoadResult, type SaveResult } from './autosave';
import { draftKey, parseDraft, serializeDraft } from './draft';
import { createNode } from './operations';
import type { Diagram } from './schema';

const diagram = (...ids: string[]): Diagram => ({ nodes: ids.map((id) => createNode('service', { x: 0, y: 0 }, id)), edges: [] });
const ids = (d: Diagram | null | undefined) => d?.nodes.map((n) => n.id);

/** A scriptable server, storage and clock. */
function harness(options: { server?: Diagram; version?: number; draft?: string; isReadOnly?: boolean } = {}) {
  const store = new Map<string, string>();
  if (options.draft) store.set(draftKey('s'), options.draft);
  const server = { diagram: options.server ?? diagram(), version: options.version ?? 0, isOnline: true };
  const timers = new Map<number, () => void>();
  let nextTimer = 1;
  const views: AutosaveView[] = [];
  const remotes: Diagram[] = [];
  const saves: { baseVersion: number; nodes: unknown[] }[] = [];
  const controller = new AutosaveController(
    's',
    {
      load: async (): Promise<LoadResult> => (server.isOnline ? { kind: 'ok', version: server.version, diagram: server.diagram } : { kind: 'offline' }),
      save: async (body): Promise<SaveResult> => {
        if (!server.isOnline) return { kind: 'offline' };
        const parsed = JSON.parse(body) as Diagram & { baseVersion: number };
        saves.push(parsed);
        if (parsed.baseVersion !== server.version) return { kind: 'conflict' };
        server.version += 1;
        server.diagram = { nodes: parsed.nodes, edges: parsed.edges };
        return { kind: 'saved', version: server.version };
      },
      storage: { getItem: (k) => store.get(k) ?? null, setItem: (k, v) => void store.set(k, v), removeItem: (k) => void store.delete(k) },
      now: () => 1,
      setTimer: (run) => {
        timers.set(nextTimer, run);
        return nextTimer++;
      },
      clearTimer: (id) => void timers.delete(id),
    },
    { onView: (v) => views.push(v), onRemote: (d) => remotes.push(d) },
    options.isReadOnly,
  );
  /** Runs due timers and lets their promises settle. */
  const tick = async () => {
    for (let round = 0; round < 5 && timers.size > 0; round += 1) {
      const due = [...timers.values()];
      timers.clear();
      due.forEach((run) => run());
      for (let i = 0; i < 10; i += 1) await Promise.resolve();
    }
  };
  const status = () => views.at(-1)?.status;
  return { controller, server, store, saves, remotes, tick, status };
}

describe('AutosaveController', () => {
  it('loads, debounces a change, saves and clears the draft', async () => {
    const h = harness({ server: diagram('a'), version: 2 });
    expect(ids(await h.controller.load())).toEqual(['a']);
    expect(h.status()).toBe('saved');
    h.controller.change(diagram('a', 'b'));
    expect(h.status()).toBe('unsaved');
    expect(parseDraft(h.store.get(draftKey('s')) ?? null)?.baseVersion).toBe(2);
    await h.tick();
    expect(h.saves).toHaveLength(1);
    expect(h.status()).toBe('saved');
    expect(h.server.version).toBe(3);
    expect(h.store.has(draftKey('s'))).toBe(false);
  });

  it('opens an unsaved local draft and saves it', async () => {
    const draft = serializeDraft({ baseVersion: 1, diagram: diagram('a', 'local'), savedAt: 0, base: diagram('a') });
    const h = harness({ server: diagram('a'), version: 1, draft });
    expect(ids(await h.controller.load())).toEqual(['a', 'local']);
    await h.tick();
    expect(ids(h.server.diagram)).toEqual(['a', 'local']);
  });

  it('reconciles a 409 by merging and retrying', async () => {
    const h = harness({ server: diagram('a'), version: 1 });
    await h.controller.load();
    h.server.diagram = diagram('a', 'remote');
    h.server.version = 2;
    h.controller.change(diagram('a', 'local'));
    await h.tick();
    expect(h.saves.map((s) => s.baseVersion)).toEqual([1, 2]);
    expect(ids(h.remotes[0])).toEqual(['a', 'local', 'remote']);
    expect(ids(h.server.diagram)).toEqual(['a', 'local', 'remote']);
    expect(h.status()).toBe('saved');
  });

  it('keeps edits while offline and saves when back online', async () => {
    const h = harness();
    await h.controller.load();
    h.server.isOnline = false;
    h.controller.setOnline(false);
    h.controller.change(diagram('x'));
    expect(h.status()).toBe('offline');
    await h.tick();
    expect(h.status()).toBe('offline');
    expect(parseDraft(h.store.get(draftKey('s')) ?? null)?.diagram.nodes).toHaveLength(1);
    h.server.isOnline = true;
    h.controller.setOnline(true);
    await h.tick();
    expect(h.status()).toBe('saved');
    expect(ids(h.server.diagram)).toEqual(['x']);
  });

  it('opens the draft when the server cannot be reached', async () => {
    const draft = serializeDraft({ baseVersion: 0, diagram: diagram('d'), savedAt: 0 });
    const h = harness({ draft });
    h.server.isOnline = false;
    expect(ids(await h.controller.load())).toEqual(['d']);
    expect(h.status()).toBe('offline');
  });

  it('saves and waits on request, merging a conflict on the way', async () => {
    const h = harness({ server: diagram('a'), version: 1 });
    await h.controller.load();
    h.server.diagram = diagram('a', 'remote');
    h.server.version = 2;
    h.controller.change(diagram('a', 'local'));
    await h.controller.saveAndWait();
    expect(h.status()).toBe('saved');
    expect(ids(h.server.diagram)).toEqual(['a', 'local', 'remote']);
  });

  it('ignores drafts and never saves when read-only', async () => {
    const draft = serializeDraft({ baseVersion: 0, diagram: diagram('draft'), savedAt: 0 });
    const h = harness({ server: diagram('a'), version: 1, draft, isReadOnly: true });
    expect(ids(await h.controller.load())).toEqual(['a']);
    h.controller.change(diagram('b'));
    await h.tick();
    expect(h.saves).toHaveLength(0);
  });
});
