import { describe, expect, it } from 'vitest';
import { percentProblem } from './discounts';

describe('percentProblem', () => {
  it('takes whole percents from 0 to 100', () => {
    expect(percentProblem(0)).toBe('');
    expect(percentProblem(10)).toBe('');
    expect(percentProblem(100)).toBe('');
  });
  it('names what is wrong with anything else', () => {
    for (const bad of [null, -1, 101, 7.5])
      expect(percentProblem(bad)).toBe('Целое число процентов от 0 до 100');
  });
});
