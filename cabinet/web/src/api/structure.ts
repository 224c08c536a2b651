// Points of sale, their workplaces (tills) and receipt texts: what the owner sets up once per shop.
// Limits are the server's (openapi.yaml); the forms check them first so a person sees why at once.
import type { components } from './schema';
import { get, request } from './client';

type Schemas = components['schemas'];
export type PointOfSale = Schemas['PointOfSale'];
export type Workplace = Schemas['Workplace'];
export type WorkplaceInput = Schemas['WorkplaceInput'];
export type PointOfSaleInput = Schemas['PointOfSaleInput'];
export type ReceiptSettings = Schemas['ReceiptSettings'];

const id = (value: string) => encodeURIComponent(value);

export const listPointsOfSale = () => get<PointOfSale[]>('/points-of-sale');
export const createPointOfSale = (input: PointOfSaleInput) =>
  request<PointOfSale>('POST', '/points-of-sale', input);
export const updatePointOfSale = (pos: string, input: PointOfSaleInput) =>
  request<PointOfSale>('PUT', `/points-of-sale/${id(pos)}`, input);
export const createWorkplace = (pos: string, input: WorkplaceInput) =>
  request<Workplace>('POST', `/points-of-sale/${id(pos)}/workplaces`, input);
export const updateWorkplace = (workplace: string, input: WorkplaceInput) =>
  request<Workplace>('PUT', `/workplaces/${id(workplace)}`, input);
export const issueActivationCode = (workplace: string, force: boolean) =>
  request<{ code?: string; expires_at_ms?: number }>('POST', `/workplaces/${id(workplace)}/activation-code`, {
    force,
  });
export const getReceiptSettings = (pos: string) =>
  get<ReceiptSettings>(`/points-of-sale/${id(pos)}/receipt-settings`);
export const putReceiptSettings = (pos: string, settings: ReceiptSettings) =>
  request<ReceiptSettings>('PUT', `/points-of-sale/${id(pos)}/receipt-settings`, settings);

/** Roles that may change the structure and receipt texts (the server checks it too). */
export const mayEditStructure = (role: string | undefined) => role === 'owner' || role === 'admin';

export const workplaceTypes = [
  { value: 'stationary', label: 'Стационарная касса' },
  { value: 'mobile', label: 'Мобильная касса' },
  { value: 'automat', label: 'Автомат' },
];
export const workplaceTypeName = (type: string | undefined) =>
  workplaceTypes.find((t) => t.value === type)?.label ?? type ?? '';

/** Characters as a person counts them (the server's limits are in characters, not bytes). */
export const length = (text: string) => [...text].length;

type Errors<F> = Partial<Record<keyof F, string>>;

export interface PosForm {
  name: string;
  address: string;
  /** '' detaches the legal entity; absent leaves it as it is. */
  legal_entity_id?: string;
  /** One of Russia's zones (format/timezones.ts); absent leaves it as it is. */
  time_zone?: string;
}
export function checkPointOfSale(form: PosForm): { input: PointOfSaleInput | null; errors: Errors<PosForm> } {
  const errors: Errors<PosForm> = {};
  const name = form.name.trim();
  const address = form.address.trim();
  if (!name) errors.name = 'Укажите название точки';
  else if (length(name) > 200) errors.name = 'Название длиннее 200 символов';
  if (length(address) > 256) errors.address = 'Адрес длиннее 256 символов';
  if (Object.keys(errors).length) return { input: null, errors };
  const input: PointOfSaleInput = { name, address };
  if (form.legal_entity_id !== undefined) input.legal_entity_id = form.legal_entity_id || null;
  if (form.time_zone) input.time_zone = form.time_zone;
  return { input, errors };
}

export interface WorkplaceForm {
  name: string;
  number: string;
  type: string;
}
export function checkWorkplace(form: WorkplaceForm): {
  input: WorkplaceInput | null;
  errors: Errors<WorkplaceForm>;
} {
  const errors: Errors<WorkplaceForm> = {};
  const name = form.name.trim();
  if (!name) errors.name = 'Укажите название рабочего места';
  else if (length(name) > 100) errors.name = 'Название длиннее 100 символов';
  const number = form.number.trim();
  if (number && (!/^\d{1,2}$/.test(number) || Number(number) < 1))
    errors.number = 'Номер рабочего места — от 1 до 99';
  if (Object.keys(errors).length) return { input: null, errors };
  const input: WorkplaceInput = { name, type: form.type as WorkplaceInput['type'] };
  if (number) input.number = Number(number);
  return { input, errors };
}

/** The seeds' limits: the widths a receipt prints (name 102, address 68, phone 34, footer 340). */
export const receiptLimits = { name: 102, address: 68, phone: 34, footer: 340 } as const;
export type ReceiptForm = Record<keyof typeof receiptLimits, string>;

export function checkReceipt(form: ReceiptForm): {
  input: ReceiptSettings | null;
  errors: Errors<ReceiptForm>;
} {
  const errors: Errors<ReceiptForm> = {};
  const titles: ReceiptForm = {
    name: 'Название',
    address: 'Адрес',
    phone: 'Телефон',
    footer: 'Текст внизу чека',
  };
  for (const key of Object.keys(receiptLimits) as (keyof ReceiptForm)[]) {
    if (length(form[key]) > receiptLimits[key])
      errors[key] = `${titles[key]} длиннее ${receiptLimits[key]} символов`;
  }
  return Object.keys(errors).length ? { input: null, errors } : { input: { ...form }, errors };
}
