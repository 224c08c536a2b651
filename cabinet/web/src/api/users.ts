// Cabinet users (who signs in here, not at the tills), the own password and the audit log.
import type { components, paths } from './schema';
import { get, post, request } from './client';
import type { Page } from './types';

export type User = components['schemas']['User'];
type AuditAnswer = paths['/audit']['get']['responses']['200']['content']['application/json'];
export type AuditEntry = NonNullable<AuditAnswer['items']>[number];
/** One thing's history (`entityId`) or one kind's (`entity`, the action before the dot). */
export interface AuditFilter {
  entityId?: string;
  entity?: string;
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
export const auditPage = (offset: number, limit: number, filter: AuditFilter = {}) =>
  get<Page<AuditEntry>>('/audit', { offset, limit, entity_id: filter.entityId, entity: filter.entity });

/** The kinds of things the log can be narrowed to, with their Russian names. */
export const auditKinds = [
  { value: 'product', label: 'Товары' },
  { value: 'category', label: 'Группы товаров' },
  { value: 'employee', label: 'Сотрудники' },
  { value: 'user', label: 'Пользователи кабинета' },
  { value: 'legal_entity', label: 'Юрлица и ИП' },
  { value: 'point_of_sale', label: 'Торговые точки' },
  { value: 'workplace', label: 'Рабочие места' },
  { value: 'receipt_settings', label: 'Тексты чека' },
  { value: 'payment_methods', label: 'Способы оплаты' },
  { value: 'discount_settings', label: 'Скидки' },
];

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
    payment_methods: 'Способы оплаты',
    discount_settings: 'Скидки',
    legal_entity: 'Юрлицо или ИП',
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
    import: 'загружены из файла',
  };
  return `${entities[entity] ?? entity}: ${verbs[verb] ?? verb}`;
}
