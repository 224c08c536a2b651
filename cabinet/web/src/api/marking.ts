// How the tills of a point of sale check marked goods (the owner API's
// /points-of-sale/{id}/marking-settings): ТС ПИоТ or the legacy Честный знак + ЛМ ЧЗ, the addresses
// and logins, the product groups refused without an answer, the time budget. The three secrets are
// never read back: the form shows whether each is set and sends a new value only when one is typed.
import type { components } from './schema';
import { get, request } from './client';

export type MarkingSettings = components['schemas']['MarkingSettings'];
export type MarkingSettingsInput = components['schemas']['MarkingSettingsInput'];
export type SecretKey = 'client_token' | 'chz_token' | 'lm_password';

const id = (value: string) => encodeURIComponent(value);

export const getMarkingSettings = (pos: string) =>
  get<MarkingSettings>(`/points-of-sale/${id(pos)}/marking-settings`);
export const putMarkingSettings = (pos: string, value: MarkingSettingsInput) =>
  request<MarkingSettings>('PUT', `/points-of-sale/${id(pos)}/marking-settings`, value);

export const MIN_BUDGET_MS = 200;
export const MAX_BUDGET_MS = 1500;

/** The Честный знак product groups (`groupIds`) a till may refuse without an answer in time. */
export const markingGroups: { id: number; label: string }[] = [
  { id: 1, label: 'Одежда, бельё' },
  { id: 2, label: 'Обувь' },
  { id: 3, label: 'Табак' },
  { id: 4, label: 'Духи и туалетная вода' },
  { id: 5, label: 'Шины' },
  { id: 6, label: 'Фототовары' },
  { id: 8, label: 'Молочная продукция' },
  { id: 9, label: 'Велосипеды' },
  { id: 10, label: 'Медицинские изделия' },
  { id: 12, label: 'Альтернативная табачная продукция' },
  { id: 13, label: 'Упакованная вода' },
  { id: 14, label: 'Меха' },
  { id: 15, label: 'Пиво и слабоалкогольные напитки' },
  { id: 16, label: 'Никотинсодержащая продукция' },
  { id: 17, label: 'БАД' },
  { id: 19, label: 'Антисептики' },
  { id: 20, label: 'Корма для животных' },
  { id: 21, label: 'Морепродукты (икра)' },
  { id: 22, label: 'Безалкогольное пиво' },
  { id: 23, label: 'Соки и безалкогольные напитки' },
  { id: 26, label: 'Ветпрепараты' },
  { id: 32, label: 'Консервы' },
  { id: 33, label: 'Растительные масла' },
  { id: 35, label: 'Бытовая химия и косметика' },
  { id: 37, label: 'Бакалея' },
  { id: 43, label: 'Автомобильные жидкости' },
  { id: 45, label: 'Сладости' },
];

export const secretFields: { key: SecretKey; label: string }[] = [
  { key: 'client_token', label: 'Токен клиента ТС ПИоТ' },
  { key: 'chz_token', label: 'Токен для работы с Честным Знаком' },
  { key: 'lm_password', label: 'Пароль ЛМ ЧЗ' },
];

/** What the form edits: the plain fields, and for each secret a new value and whether to clear it. */
export interface MarkingForm {
  mode: 'tspiot' | 'legacy';
  tspiot_url: string;
  client_id: string;
  lm_url: string;
  lm_login: string;
  strict_groups: number[];
  budget_ms: number | null;
  newSecret: Record<SecretKey, string>;
  clear: Record<SecretKey, boolean>;
}

export function toForm(s: MarkingSettings): MarkingForm {
  return {
    mode: s.mode,
    tspiot_url: s.tspiot_url,
    client_id: s.client_id,
    lm_url: s.lm_url,
    lm_login: s.lm_login,
    strict_groups: [...s.strict_groups],
    budget_ms: s.budget_ms,
    newSecret: { client_token: '', chz_token: '', lm_password: '' },
    clear: { client_token: false, chz_token: false, lm_password: false },
  };
}

/** A secret as the API takes it: a typed value replaces, «удалить» clears (""), else null (kept). */
function secretValue(form: MarkingForm, key: SecretKey): string | null {
  if (form.newSecret[key]) return form.newSecret[key];
  return form.clear[key] ? '' : null;
}

export function toInput(form: MarkingForm): MarkingSettingsInput {
  return {
    mode: form.mode,
    tspiot_url: form.tspiot_url.trim(),
    client_id: form.client_id.trim(),
    lm_url: form.lm_url.trim(),
    lm_login: form.lm_login.trim(),
    strict_groups: [...form.strict_groups].sort((a, b) => a - b),
    budget_ms: form.budget_ms ?? 0,
    client_token: secretValue(form, 'client_token'),
    chz_token: secretValue(form, 'chz_token'),
    lm_password: secretValue(form, 'lm_password'),
  };
}

const address = /^https?:\/\/[A-Za-z0-9][A-Za-z0-9.-]*(:\d{1,5})?\/?$/;

/** The problems the form can see before it asks the cabinet, by field (the cabinet's words). */
export function checkMarking(form: MarkingForm): Partial<Record<string, string>> {
  const errors: Partial<Record<string, string>> = {};
  const url = form.tspiot_url.trim();
  if (url && !address.test(url))
    errors.tspiot_url = `Адрес ТС ПИоТ «${url}» — не веб-адрес; укажите его как https://хост:порт`;
  const lm = form.lm_url.trim();
  if (lm && !address.test(lm))
    errors.lm_url = `Адрес ЛМ ЧЗ «${lm}» — не веб-адрес; укажите его как http://хост:порт`;
  const ms = form.budget_ms;
  if (ms === null || !Number.isInteger(ms) || ms < MIN_BUDGET_MS || ms > MAX_BUDGET_MS)
    errors.budget_ms = 'Время на проверку кода — целое число миллисекунд от 200 до 1500';
  return errors;
}
