import { describe, expect, it } from 'vitest';
import { checkEmployee } from './staff';

const base = { name: 'Анна Петрова', role: 'cashier', inn: '', pin: '' };

describe('checkEmployee', () => {
  it('requires a PIN of six digits for a new employee', () => {
    expect(checkEmployee(base, true).errors.pin).toContain('6 цифр');
    expect(checkEmployee({ ...base, pin: '12345' }, true).errors.pin).toBe('PIN — ровно 6 цифр');
    expect(checkEmployee({ ...base, pin: '123456' }, true).input).toEqual({
      name: 'Анна Петрова',
      role: 'cashier',
      inn: '',
      pin: '123456',
    });
  });
  it('keeps the old PIN when a change leaves it empty', () => {
    const { input } = checkEmployee(base, false);
    expect(input).not.toBeNull();
    expect(input && 'pin' in input).toBe(false);
  });
  it('checks the INN and the name', () => {
    const { errors } = checkEmployee({ ...base, name: ' ', inn: '77' }, false);
    expect(errors.name).toBeDefined();
    expect(errors.inn).toBe('ИНН сотрудника — 12 цифр');
  });
});
