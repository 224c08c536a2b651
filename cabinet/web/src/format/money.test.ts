import { describe, expect, it } from 'vitest';
import { formatKopecks, formatMoney, formatQuantity, parseRubles } from './money';

const NBSP = '\u00a0';

describe('formatMoney', () => {
  it('groups thousands and writes kopecks after a comma', () => {
    expect(formatMoney(123456)).toBe(`1${NBSP}234,56${NBSP}₽`);
    expect(formatMoney(5)).toBe(`0,05${NBSP}₽`);
    expect(formatMoney(100000000)).toBe(`1${NBSP}000${NBSP}000,00${NBSP}₽`);
  });
  it('marks money going out with a minus sign', () => {
    expect(formatKopecks(-96890)).toBe('\u2212968,90');
  });
  it('keeps every kopeck of large sums', () => {
    expect(formatKopecks(9007199254740991)).toBe(`90${NBSP}071${NBSP}992${NBSP}547${NBSP}409,91`);
    expect(formatKopecks(Number.NaN)).toBe('—');
  });
});

describe('formatQuantity', () => {
  it('drops a zero fraction and keeps grams', () => {
    expect(formatQuantity(2000)).toBe('2');
    expect(formatQuantity(450)).toBe('0,45');
    expect(formatQuantity(1005)).toBe('1,005');
  });
});

describe('parseRubles', () => {
  it('reads what a person types', () => {
    expect(parseRubles('1 234,5')).toBe(123450);
    expect(parseRubles('99.90 ₽')).toBe(9990);
    expect(parseRubles('0,07')).toBe(7);
  });
  it('refuses what is not money', () => {
    expect(parseRubles('')).toBeNull();
    expect(parseRubles('12,345')).toBeNull();
    expect(parseRubles('-5')).toBeNull();
    expect(parseRubles('1e5')).toBeNull();
  });
});
