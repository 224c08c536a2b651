import { describe, expect, it } from 'vitest';
import { checkPointOfSale, checkReceipt, checkWorkplace, length } from './structure';

describe('point of sale form', () => {
  it('needs a name and trims it', () => {
    expect(checkPointOfSale({ name: '  ', address: '' }).errors.name).toBe('Укажите название точки');
    expect(checkPointOfSale({ name: ' Лесная ', address: ' Тверь ' }).input).toEqual({
      name: 'Лесная',
      address: 'Тверь',
    });
  });
  it('names its legal entity or none', () => {
    const form = { name: 'Лесная', address: '' };
    expect(checkPointOfSale({ ...form, legal_entity_id: 'e1' }).input?.legal_entity_id).toBe('e1');
    expect(checkPointOfSale({ ...form, legal_entity_id: '' }).input?.legal_entity_id).toBeNull();
  });
});

describe('workplace form', () => {
  it('takes numbers 1 to 99 or none', () => {
    const base = { name: 'Касса', type: 'stationary' };
    expect(checkWorkplace({ ...base, number: '0' }).errors.number).toBeDefined();
    expect(checkWorkplace({ ...base, number: '100' }).errors.number).toBeDefined();
    expect(checkWorkplace({ ...base, number: '1,5' }).errors.number).toBeDefined();
    expect(checkWorkplace({ ...base, number: '99' }).input?.number).toBe(99);
    expect(checkWorkplace({ ...base, number: '' }).input).toEqual({ name: 'Касса', type: 'stationary' });
  });
});

describe('receipt texts', () => {
  it('counts characters, not bytes, against the printed widths', () => {
    const russian = 'я'.repeat(34);
    expect(length(russian)).toBe(34);
    expect(checkReceipt({ name: '', address: '', phone: russian, footer: '' }).input).not.toBeNull();
    const tooLong = checkReceipt({ name: '', address: '', phone: russian + '1', footer: '' });
    expect(tooLong.input).toBeNull();
    expect(tooLong.errors.phone).toBe('Телефон длиннее 34 символов');
  });
});
