import { describe, expect, it } from 'vitest';
import { addLine, insertIntoLine, removeLine, updateLine } from './lines';
import { MAX_ESTIMATE_LINES, type EstimateLine } from './schema';

const LINES: EstimateLine[] = [
  { id: 'a', name: 'daily', expression: '100M * 500 B' },
  { id: 'b', expression: 'daily / day' },
];

describe('scratch-pad line edits', () => {
  it('adds a line after another, or at the end', () => {
    expect(addLine(LINES, 'c', 'a').map((l) => l.id)).toEqual(['a', 'c', 'b']);
    expect(addLine(LINES, 'c').map((l) => l.id)).toEqual(['a', 'b', 'c']);
    expect(addLine(LINES, 'c', 'gone').map((l) => l.id)).toEqual(['a', 'b', 'c']);
  });

  it('stops adding at the saved-line limit', () => {
    const full = Array.from({ length: MAX_ESTIMATE_LINES }, (_, i) => ({ id: String(i), expression: '' }));
    expect(addLine(full, 'x')).toHaveLength(MAX_ESTIMATE_LINES);
  });

  it('removes and updates without touching other lines', () => {
    expect(removeLine(LINES, 'a')).toEqual([LINES[1]]);
    const renamed = updateLine(LINES, 'b', { name: 'rate' });
    expect(renamed[1]).toEqual({ id: 'b', name: 'rate', expression: 'daily / day' });
    expect(renamed[0]).toBe(LINES[0]);
    expect(updateLine(LINES, 'a', { name: '  ' })[0]).toEqual({ id: 'a', expression: '100M * 500 B' });
  });

  it('inserts reference values into the chosen line, the last line, or a new one', () => {
    expect(insertIntoLine(LINES, '1 day', 'a', 'n')).toEqual({
      lines: [{ ...LINES[0], expression: '100M * 500 B 1 day' }, LINES[1]],
      id: 'a',
    });
    expect(insertIntoLine(LINES, '1 KiB', undefined, 'n').lines[1]?.expression).toBe('daily / day 1 KiB');
    expect(insertIntoLine([{ id: 'e', expression: '' }], '1 ms', 'e', 'n').lines[0]?.expression).toBe('1 ms');
    expect(insertIntoLine([], '1 ms', undefined, 'n')).toEqual({ lines: [{ id: 'n', expression: '1 ms' }], id: 'n' });
  });
});
