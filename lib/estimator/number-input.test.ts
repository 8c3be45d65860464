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
    expect(numberToInput(1e8)).toBe('100M');
    expect(numberToInput(2500)).toBe('2.5K');
    expect(numberToInput(1_234_567)).toBe('1234567');
    expect(numberToInput(999)).toBe('999');
    expect(numberToInput(3e15)).toBe('3000T');
    expect(numberToInput(null)).toBe('');
    for (const value of [0.2, 1e8, 2500, 1_234_567, 86_400, 1e-7, 123.456]) {
      expect(parseNumberInput(numberToInput(value))).toBe(value);
    }
  });
});
