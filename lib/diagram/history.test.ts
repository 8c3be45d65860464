import { describe, expect, it } from 'vitest';
import { canRedo, canUndo, createHistory, pushHistory, redo, undo } from './history';

describe('history', () => {
  it('undoes and redoes', () => {
    let h = pushHistory(pushHistory(createHistory(0), 1), 2);
    h = undo(h);
    expect(h.present).toBe(1);
    h = undo(h);
    expect(h.present).toBe(0);
    expect(canUndo(h)).toBe(false);
    expect(undo(h)).toBe(h);
    h = redo(h);
    expect(h.present).toBe(1);
    expect(canRedo(h)).toBe(true);
  });

  it('drops the redo branch on a new edit', () => {
    const h = pushHistory(undo(pushHistory(createHistory('a'), 'b')), 'c');
    expect(canRedo(h)).toBe(false);
    expect(h.past).toEqual(['a']);
  });

  it('is capped', () => {
    let h = createHistory(0);
    for (let i = 1; i <= 10; i += 1) h = pushHistory(h, i, { cap: 3 });
    expect(h.past).toEqual([7, 8, 9]);
  });

  it('coalesces rapid edits with the same key', () => {
    let h = createHistory('');
    h = pushHistory(h, 'h', { coalesceKey: 'label:a', now: 0 });
    h = pushHistory(h, 'he', { coalesceKey: 'label:a', now: 300 });
    h = pushHistory(h, 'hey', { coalesceKey: 'label:a', now: 600 });
    expect(h.past).toEqual(['']);
    h = pushHistory(h, 'hey!', { coalesceKey: 'label:a', now: 5000 });
    expect(h.past).toEqual(['', 'hey']);
    h = pushHistory(h, 'x', { coalesceKey: 'label:b', now: 5100 });
    expect(h.past).toHaveLength(3);
  });
});
