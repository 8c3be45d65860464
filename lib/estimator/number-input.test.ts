import { describe, expect, it } from 'vitest';
import { numberToInput, parseNumberInput } from './number-input';

describe('parseNumberInput', () => {
  it.each([
    ['100000000', 1e8],
    ['100,000,000', 1e8],
    ['1e8', 1e8],
    ['100M', 1e8],
    ['100 M', 1e8],
    ['2.5K', 2500],
    ['2.5k', 2500],
    ['1G', 1e9],
    ['0.2', 0.2],
    ['.5', 0.5],
    ['-3', -3],
  ])('reads %s as %d', (text, value) => expect(parseNumberInput(text)).toBe(value));

  it('treats a blank field as null', () => {
    expect(parseNumberInput('   ')).toBeNull();
  });

  it.each(['abc', '100B', '1..2', 'Infinity', 'NaN', '1e999', '12MB', '--1'])('refuses %s', (text) => {
    expect(parseNumberInput(text)).toBeNaN();
  });

  it('round-trips stored numbers', () => {
    expect(numberToInput(1e8)).toBe('100000000');
    expect(numberToInput(null)).toBe('');
    expect(parseNumberInput(numberToInput(0.2))).toBe(0.2);
  });
});
