import { describe, expect, it } from 'vitest';
import { actionName, checkInvite, passwordProblem } from './users';

describe('invitation form', () => {
  const form = { email: ' buh@shop.ru ', name: ' Анна ', role: 'accountant', allPoints: true, points: [] };
  it('sends null for every point of sale and a list otherwise', () => {
    expect(checkInvite(form, true).input).toEqual({
      email: 'buh@shop.ru',
      name: 'Анна',
      role: 'accountant',
      points_of_sale: null,
    });
    expect(checkInvite({ ...form, allPoints: false, points: ['p1'] }, true).input?.points_of_sale).toEqual([
      'p1',
    ]);
  });
  it('refuses a missing address and an empty choice of points', () => {
    expect(checkInvite({ ...form, email: 'buh' }, true).errors.email).toBeDefined();
    expect(checkInvite({ ...form, allPoints: false }, true).errors.points).toBe(
      'Выберите хотя бы одну торговую точку',
    );
  });
  it('does not send the address on a change', () => {
    expect(checkInvite({ ...form, email: '' }, false).input).toEqual({
      role: 'accountant',
      points_of_sale: null,
    });
  });
});

describe('passwords and the audit log', () => {
  it('says what is wrong with a new password', () => {
    expect(passwordProblem('короткий', 'короткий')).toBe('Пароль — не короче 10 символов');
    expect(passwordProblem('достаточно-длинный', 'другой-длинный')).toBe('Пароли не совпадают');
    expect(passwordProblem('достаточно-длинный', 'достаточно-длинный')).toBe('');
  });
  it('names actions in words', () => {
    expect(actionName('workplace.activation_code')).toBe('Рабочее место: выдан код активации');
    expect(actionName('product.update')).toBe('Товар: изменён(а)');
  });
});
