import { describe, expect, it } from 'vitest';
import { groupLabel, isGrouping } from './sales';

describe('sales groupings', () => {
  it('reads each key as a person would', () => {
    expect(groupLabel('hour', { hour: '9' } as never)).toBe('09:00–10:00');
    expect(groupLabel('payment', { method: 'sbp' } as never)).toBe('СБП');
    expect(groupLabel('cashier', { employee_id: 'e1', name: 'Анна Петрова' } as never)).toBe('Анна Петрова');
    expect(groupLabel('cashier', { employee_id: 'local:5', name: '' } as never)).toBe(
      '№ 5 на кассе (без облачного id)',
    );
    expect(groupLabel('product', { product_id: '', name: '' } as never)).toBe('Без указания');
  });
  it('takes only the groupings the API knows from the address', () => {
    expect(isGrouping('product')).toBe(true);
    expect(isGrouping('everything')).toBe(false);
  });
});
