import { describe, expect, it } from 'vitest';
import { mergeEstimates } from './estimate-merge';

const line = (id: string, expression: string) => ({ id, expression });

describe('mergeEstimates', () => {
  const base = { inputs: { dailyActiveUsers: 1e8, readsPerWrite: 10 }, lines: [line('a', '1 + 1'), line('b', '2 GB')] };

  it('keeps both tabs’ assumption edits, the local one winning a clash', () => {
    const local = { ...base, inputs: { dailyActiveUsers: 2e8, readsPerWrite: 10, bytesPerWrite: 500 } };
    const server = { ...base, inputs: { dailyActiveUsers: 3e8, readsPerWrite: 100 } };
    expect(mergeEstimates(base, local, server).inputs).toEqual({ dailyActiveUsers: 2e8, readsPerWrite: 100, bytesPerWrite: 500 });
  });

  it('merges scratch-pad lines by id: edits, additions and deletions from each side', () => {
    const local = { ...base, lines: [line('a', '1 + 2'), line('c', 'local new')] }; // edits a, deletes b, adds c
    const server = { ...base, lines: [line('a', '1 + 1'), line('b', '2 GB'), line('d', 'server new')] };
    expect(mergeEstimates(base, local, server).lines).toEqual([line('a', '1 + 2'), line('d', 'server new'), line('c', 'local new')]);
  });

  it('keeps a line the server changed even when it was deleted here', () => {
    const local = { ...base, lines: [line('a', '1 + 1')] };
    const server = { ...base, lines: [line('a', '1 + 1'), line('b', '3 GB')] };
    expect(mergeEstimates(base, local, server).lines).toEqual([line('a', '1 + 1'), line('b', '3 GB')]);
  });

  it('drops an assumption cleared here', () => {
    const local = { ...base, inputs: { dailyActiveUsers: 1e8 } };
    expect(mergeEstimates(base, local, base).inputs).toEqual({ dailyActiveUsers: 1e8 });
  });
});
