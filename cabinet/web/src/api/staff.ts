// Employees of the tills (who signs in with a PIN and is printed on receipts as tag 1021).
import type { components } from './schema';
import { get, request } from './client';
import type { Page } from './types';

export type Employee = components['schemas']['Employee'];
export type EmployeeInput = components['schemas']['EmployeeInput'];

export const listEmployees = (offset: number, limit: number) =>
  get<Page<Employee>>('/staff/employees', { offset, limit });
export const createEmployee = (input: EmployeeInput) => request<Employee>('POST', '/staff/employees', input);
export const updateEmployee = (id: string, input: EmployeeInput) =>
  request<Employee>('PUT', `/staff/employees/${encodeURIComponent(id)}`, input);

export const employeeRoles = [
  { value: 'cashier', label: 'Кассир' },
  { value: 'senior_cashier', label: 'Старший кассир' },
  { value: 'administrator', label: 'Администратор' },
];
export const employeeRoleName = (role: string | undefined) =>
  employeeRoles.find((r) => r.value === role)?.label ?? role ?? '';

/** Roles that may change the staff (the server checks it too). */
export const mayEditStaff = (role: string | undefined) => role === 'owner' || role === 'admin';

export interface EmployeeForm {
  name: string;
  role: string;
  inn: string;
  pin: string;
}
export type EmployeeErrors = Partial<Record<keyof EmployeeForm, string>>;

/** Checks the form; a PIN is optional on a change (empty keeps the old one). */
export function checkEmployee(
  form: EmployeeForm,
  isNew: boolean,
): { input: EmployeeInput | null; errors: EmployeeErrors } {
  const errors: EmployeeErrors = {};
  const name = form.name.trim();
  if (!name) errors.name = 'Укажите имя: оно печатается в чеке как кассир';
  else if ([...name].length > 64) errors.name = 'Имя длиннее 64 символов';
  if (form.inn.trim() && !/^\d{12}$/.test(form.inn.trim())) errors.inn = 'ИНН сотрудника — 12 цифр';
  if (form.pin && !/^\d{6}$/.test(form.pin)) errors.pin = 'PIN — ровно 6 цифр';
  if (isNew && !form.pin) errors.pin = 'Задайте PIN из 6 цифр: с ним сотрудник входит на кассе';
  if (Object.keys(errors).length) return { input: null, errors };
  const input: EmployeeInput = { name, role: form.role as EmployeeInput['role'], inn: form.inn.trim() };
  if (form.pin) input.pin = form.pin;
  return { input, errors };
}
