import { describe, expect, it } from 'vitest';
import { evaluateLines } from './calculator';
import { readSpokenConversions } from './spoken-conversions';

describe('readSpokenConversions', () => {
  it('reads "N years × 365 days" as days per year', () => {
    expect(readSpokenConversions('5 years * 365 days * 2 TB/day')).toBe('5 * 365 days * 2 TB/day');
    expect(readSpokenConversions('3 days * 24 hours * 1 GB/hour')).toBe('3 * 24 hours * 1 GB/hour');
  });

  it('leaves other expressions alone', () => {
    for (const e of ['5 years * 2 TB/day', '365 days * 2 TB/day', '5 years * 300 days * 2 TB/day', '2 * 365']) {
      expect(readSpokenConversions(e)).toBe(e);
    }
  });

  it('makes the scratch pad answer the idiom as said aloud', () => {
    const [result] = evaluateLines([{ expression: '5 years * 365 days * 2 TB/day' }]);
    expect(result).toMatchObject({ ok: true, unit: 'B', display: '3.65 PB' });
  });
});
