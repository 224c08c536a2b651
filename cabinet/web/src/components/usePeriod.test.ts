import { describe, expect, it } from 'vitest';
import { daysBefore, daysBetween } from './usePeriod';

describe('daysBetween', () => {
  it('lists every day of a week across a month end', () => {
    expect(daysBetween('2026-11-28', '2026-12-04')).toEqual([
      '2026-11-28',
      '2026-11-29',
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
    ]);
  });
  it('is empty for a reversed period and bounded for a huge one', () => {
    expect(daysBetween('2026-12-04', '2026-12-01')).toEqual([]);
    expect(daysBetween('2000-01-01', '2026-12-31')).toHaveLength(400);
  });
  it('counts back over a leap day', () => {
    expect(daysBefore('2028-03-01', 1)).toBe('2028-02-29');
  });
});
