import { describe, expect, it } from 'vitest';
import { checkMarking, toForm, toInput, type MarkingSettings } from './marking';

const stored: MarkingSettings = {
  mode: 'tspiot',
  tspiot_url: 'https://127.0.0.1:50063',
  client_id: 'prilavok-7',
  client_token_set: true,
  chz_token_set: true,
  lm_url: '',
  lm_login: '',
  lm_password_set: false,
  strict_groups: [3],
  budget_ms: 1500,
};

describe('toInput', () => {
  it('keeps every secret that was not touched (null)', () => {
    const input = toInput(toForm(stored));
    expect(input.client_token).toBeNull();
    expect(input.chz_token).toBeNull();
    expect(input.lm_password).toBeNull();
    expect(input.tspiot_url).toBe('https://127.0.0.1:50063');
    expect(input).not.toHaveProperty('client_token_set');
  });
  it('sends a typed secret and clears one marked for removal', () => {
    const form = toForm(stored);
    form.newSecret.chz_token = 'new-token';
    form.clear.client_token = true;
    form.strict_groups = [15, 3];
    const input = toInput(form);
    expect(input.chz_token).toBe('new-token');
    expect(input.client_token).toBe('');
    expect(input.strict_groups).toEqual([3, 15]);
  });
});

describe('checkMarking', () => {
  it('takes the stored settings', () => {
    expect(checkMarking(toForm(stored))).toEqual({});
  });
  it('names the field and says what is wrong in Russian', () => {
    const form = toForm(stored);
    form.tspiot_url = 'ftp://host';
    form.lm_url = 'localhost:5995';
    form.budget_ms = 2000;
    expect(checkMarking(form)).toEqual({
      tspiot_url: 'Адрес ТС ПИоТ «ftp://host» — не веб-адрес; укажите его как https://хост:порт',
      lm_url: 'Адрес ЛМ ЧЗ «localhost:5995» — не веб-адрес; укажите его как http://хост:порт',
      budget_ms: 'Время на проверку кода — целое число миллисекунд от 200 до 1500',
    });
  });
});
