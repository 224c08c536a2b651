// Cabinet users (who signs in here, not at the tills), the own password and the audit log.
import type { components } from './schema';
import { get, post, request } from './client';
import type { Page } from './types';

export type User = components['schemas']['User'];
export interface AuditEntry {
  at_ms?: number;
  user_id?: string;
  email?: string;
  action?: string;
  entity_id?: string;
}

export interface UserInput {
  email?: string;
  name?: string;
  role: 'admin' | 'manager' | 'accountant';
  /** null: every point of sale; a list: only these. */
  points_of_sale: string[] | null;
}

const id = (value: string) => encodeURIComponent(value);
export const listUsers = () => get<User[]>('/staff/users');
export const inviteUser = (input: UserInput) => request<User>('POST', '/staff/users', input);
export const updateUser = (user: string, input: UserInput) =>
  request<User>('PUT', `/staff/users/${id(user)}`, input);
export const removeUser = (user: string) => request<unknown>('DELETE', `/staff/users/${id(user)}`);
export const changePassword = (currentPassword: string, newPassword: string) =>
  post<unknown>('/auth/password', { current_password: currentPassword, new_password: newPassword });
export const setPasswordByLink = (token: string, newPassword: string) =>
  post<unknown>('/auth/password-reset/confirm', { token, new_password: newPassword });
export const confirmEmail = (token: string) => post<unknown>('/auth/confirm', { token });
export const auditPage = (offset: number, limit: number) =>
  get<Page<AuditEntry>>('/audit', { offset, limit });

export const grantableRoles = [
  { value: 'admin', label: 'Администратор — всё, кроме владельца' },
  { value: 'manager', label: 'Менеджер — каталог и цены' },
  { value: 'accountant', label: 'Бухгалтер — отчёты и выгрузки' },
];

/** Who may manage users and read the audit log (the server checks it too). */
export const mayManageUsers = (role: string | undefined) => role === 'owner' || role === 'admin';

export interface InviteForm {
  email: string;
  name: string;
  role: string;
  allPoints: boolean;
  points: string[];
}
export type InviteErrors = Partial<Record<'email' | 'points', string>>;

export function checkInvite(
  form: InviteForm,
  isNew: boolean,
): { input: UserInput | null; errors: InviteErrors } {
  const errors: InviteErrors = {};
  const email = form.email.trim();
  if (isNew && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) errors.email = 'Введите адрес электронной почты';
  if (!form.allPoints && form.points.length === 0) errors.points = 'Выберите хотя бы одну торговую точку';
  if (Object.keys(errors).length) return { input: null, errors };
  const input: UserInput = {
    role: form.role as UserInput['role'],
    points_of_sale: form.allPoints ? null : [...form.points],
  };
  if (isNew) {
    input.email = email;
    input.name = form.name.trim();
  }
  return { input, errors };
}

/** The server's rule (10 to 200 characters), said before the request. */
export function passwordProblem(password: string, repeat: string): string {
  if ([...password].length < 10) return 'Пароль — не короче 10 символов';
  if ([...password].length > 200) return 'Пароль — не длиннее 200 символов';
  if (password !== repeat) return 'Пароли не совпадают';
  return '';
}

/** What an audit entry's action means, in words. */
export function actionName(action: string | undefined): string {
  const [entity = '', verb = ''] = (action ?? '').split('.');
  const entities: Record<string, string> = {
    product: 'Товар',
    category: 'Группа товаров',
    employee: 'Сотрудник',
    point_of_sale: 'Торговая точка',
    workplace: 'Рабочее место',
    receipt_settings: 'Тексты чека',
    user: 'Пользователь кабинета',
  };
  const verbs: Record<string, string> = {
    create: 'создан(а)',
    update: 'изменён(а)',
    delete: 'удалён(а)',
    invite: 'приглашён',
    password: 'сменил пароль',
    activation_code: 'выдан код активации',
    activation_code_forced: 'выдан код замены кассы',
  };
  return `${entities[entity] ?? entity}: ${verbs[verb] ?? verb}`;
}
