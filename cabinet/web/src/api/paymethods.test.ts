import { describe, expect, it } from 'vitest';
import { toggled } from './paymethods';

describe('payment methods matrix', () => {
  it('toggles one cell and keeps the order cash, card, SBP', () => {
    const all = { cashier: ['sbp', 'cash'], senior_cashier: [], administrator: ['cash'] } as const;
    const value = { cashier: [...all.cashier], senior_cashier: [], administrator: [...all.administrator] };
    expect(toggled(value, 'cashier', 'card', true).cashier).toEqual(['cash', 'card', 'sbp']);
    expect(toggled(value, 'cashier', 'sbp', false).cashier).toEqual(['cash']);
    expect(toggled(value, 'senior_cashier', 'sbp', true).senior_cashier).toEqual(['sbp']);
    expect(value.cashier).toEqual(['sbp', 'cash']);
  });
});
