// Which alerts are e-mailed and their thresholds (the owner API's /notification-settings), and
// whether the signed-in user receives the e-mails (/me/notifications).
import type { components } from './schema';
import { get, request } from './client';

type Schemas = components['schemas'];
export type NotificationSettings = Schemas['NotificationSettings'];
export type NotificationKind = keyof Schemas['NotificationKinds'];
export type MyNotifications = Schemas['MyNotifications'];

export const getNotificationSettings = () => get<NotificationSettings>('/notification-settings');
export const putNotificationSettings = (value: NotificationSettings) =>
  request<NotificationSettings>('PUT', '/notification-settings', value);
export const getMyNotifications = () => get<MyNotifications>('/me/notifications');
export const putMyNotifications = (value: MyNotifications) =>
  request<MyNotifications>('PUT', '/me/notifications', value);

/** The alert kinds in the order the form lists them, with what a person calls them (worded apart
 * from the alerts' own messages above them on the page, so a search for an alert finds the alert). */
export const notificationKinds: { value: NotificationKind; label: string }[] = [
  { value: 'fn_expiring', label: 'Подходит срок замены ФН (за 30 и за 3 дня)' },
  { value: 'fn_filling', label: 'Память ФН заканчивается' },
  { value: 'ofd_backlog', label: 'Задержка передачи в ОФД' },
  { value: 'shift_over_24h', label: 'Смена дольше суток' },
  { value: 'till_silent', label: 'Касса пропала со связи' },
  { value: 'quarantined', label: 'Карантин документов на кассе' },
  { value: 'rejected', label: 'Отклонённые кабинетом документы' },
  { value: 'catalog_held', label: 'Каталог принят кассой не полностью' },
];

export const backlogDays = { min: 1, max: 30 } as const;
export const silentMinutes = { min: 5, max: 10080 } as const;

/** What is wrong with the two numbers, in Russian; '' when both are whole and in range. */
export function thresholdsProblem(value: NotificationSettings): string {
  const bad = (n: number, range: { min: number; max: number }) =>
    !Number.isInteger(n) || n < range.min || n > range.max;
  if (bad(value.ofd_backlog_days, backlogDays))
    return `Дней без передачи в ОФД: целое число от ${backlogDays.min} до ${backlogDays.max}.`;
  if (bad(value.till_silent_minutes, silentMinutes))
    return `Минут без связи с кассой: целое число от ${silentMinutes.min} до ${silentMinutes.max}.`;
  return '';
}
