// Which payment methods each till role may take at a point of sale (the owner API's
// /points-of-sale/{id}/payment-methods); the till's owner account always takes all of them.
import type { components } from './schema';
import { get, request } from './client';

type Schemas = components['schemas'];
export type PaymentMethodsByRole = Schemas['PaymentMethodsByRole'];
export type PaymentMethod = Schemas['PaymentMethod'];
export type TillRole = keyof PaymentMethodsByRole;

const id = (value: string) => encodeURIComponent(value);

export const getPaymentMethods = (pos: string) =>
  get<PaymentMethodsByRole>(`/points-of-sale/${id(pos)}/payment-methods`);
export const putPaymentMethods = (pos: string, value: PaymentMethodsByRole) =>
  request<PaymentMethodsByRole>('PUT', `/points-of-sale/${id(pos)}/payment-methods`, value);

export const tillRoles: { value: TillRole; label: string }[] = [
  { value: 'cashier', label: 'Кассир' },
  { value: 'senior_cashier', label: 'Старший кассир' },
  { value: 'administrator', label: 'Администратор' },
];
export const paymentMethods: { value: PaymentMethod; label: string }[] = [
  { value: 'cash', label: 'Наличные' },
  { value: 'card', label: 'Карта' },
  { value: 'sbp', label: 'СБП' },
];

/** Roles that may change the settings (the server checks it too). */
export const mayEditSettings = (role: string | undefined) => role === 'owner' || role === 'admin';

/** Toggles one cell of the matrix, keeping each role's methods in the list's order. */
export function toggled(
  value: PaymentMethodsByRole,
  role: TillRole,
  method: PaymentMethod,
  on: boolean,
): PaymentMethodsByRole {
  const current = new Set(value[role]);
  if (on) current.add(method);
  else current.delete(method);
  return { ...value, [role]: paymentMethods.map((m) => m.value).filter((m) => current.has(m)) };
}
