import { describe, expect, it } from 'vitest';
import { DraftSaver, readDraftValue, type DraftStatus, type SaveOutcome } from './draft-saver';

function setup(outcomes: SaveOutcome[]) {
  const store = new Map<string, string>();
  const timers = new Map<number, () => void>();
  const saved: string[] = [];
  const statuses: DraftStatus[] = [];
  let nextId = 0;
  const saver = new DraftSaver<string>({
    key: 'k',
    save: async (value) => {
      saved.push(value);
      return outcomes.shift() ?? { kind: 'saved' };
    },
    storage: { getItem: (k) => store.get(k) ?? null, setItem: (k, v) => void store.set(k, v), removeItem: (k) => void store.delete(k) },
    setTimer: (run) => (timers.set(++nextId, run), nextId),
    clearTimer: (id) => void timers.delete(id),
    onStatus: (status) => void statuses.push(status),
  });
  const fireTimers = async () => {
    const runs = [...timers.values()];
    timers.clear();
    runs.forEach((run) => run());
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { saver, store, saved, statuses, fireTimers };
}

describe('DraftSaver', () => {
  it('keeps a local draft until the server has the last value, sending only the last of a burst', async () => {
    const { saver, store, saved, statuses, fireTimers } = setup([]);
    saver.change('a');
    saver.change('ab');
    expect(readDraftValue(store.get('k') ?? null)).toBe('ab');
    await fireTimers();
    expect(saved).toEqual(['ab']);
    expect(store.has('k')).toBe(false);
    expect(statuses.at(-1)).toBe('saved');
  });

  it('retries when offline and keeps the draft meanwhile', async () => {
    const { saver, store, saved, statuses, fireTimers } = setup([{ kind: 'offline' }]);
    saver.change('x');
    await fireTimers();
    expect(statuses.at(-1)).toBe('offline');
    expect(store.has('k')).toBe(true);
    await fireTimers();
    expect(saved).toEqual(['x', 'x']);
    expect(store.has('k')).toBe(false);
  });

  it('flushes at once, and stops for good once the session is frozen', async () => {
    const { saver, saved, statuses } = setup([{ kind: 'frozen' }]);
    saver.change('late');
    await saver.flush();
    expect(saved).toEqual(['late']);
    expect(statuses.at(-1)).toBe('frozen');
    saver.change('later');
    await saver.flush();
    expect(saved).toEqual(['late']);
  });

  it('reads nothing from a broken draft', () => {
    expect(readDraftValue('{nope')).toBeNull();
    expect(readDraftValue(null)).toBeNull();
  });
});

describe('DraftSaver pending state', () => {
  it('is pending from a change until the server has it', async () => {
    const { saver, fireTimers } = setup([]);
    expect(saver.hasPending()).toBe(false);
    saver.change('a');
    expect(saver.hasPending()).toBe(true);
    await fireTimers();
    expect(saver.hasPending()).toBe(false);
  });
});
