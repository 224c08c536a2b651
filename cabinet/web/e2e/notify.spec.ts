// «Уведомления»: the owner chooses which alerts are e-mailed and the two thresholds, and they are
// kept after a reload; an accountant sees them without the controls (only her own «Получать письма»)
// and the API refuses her change. The e-mails themselves are proved in tests/cabinet/owner/test_notify.
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { acceptInvite, csrfOf, screenshots, signIn } from './helpers';
import type { Account } from './shop';
import { e2eState } from './state';

const state = e2eState();
const defaults = {
  kinds: { till_silent: true, ofd_backlog: true },
  ofd_backlog_days: 3,
  till_silent_minutes: 60,
};

test('the owner sets what is e-mailed, and it is kept after a reload', async ({ page }) => {
  await signIn(page, state.baseUrl, state.owner, '/alerts');
  await expect(page.getByRole('heading', { name: 'Уведомления' })).toBeVisible();
  const card = page.getByTestId('notification-settings');
  await expect(card.getByRole('checkbox', { name: 'Получать письма' })).toBeChecked(); // owner: yes
  const silent = card.getByRole('checkbox', { name: 'Касса пропала со связи', exact: true });
  await expect(silent).toBeChecked();
  await silent.click();
  await card.getByRole('checkbox', { name: 'Задержка передачи в ОФД', exact: true }).click();
  await card.getByLabel('Дней без передачи в ОФД').fill('5');
  await card.getByLabel('Дней без передачи в ОФД').press('Tab');
  await card.getByLabel('Минут без связи с кассой').fill('90');
  await card.getByLabel('Минут без связи с кассой').press('Tab');
  await card.getByRole('button', { name: 'Сохранить' }).click();
  await expect(card).toContainText('Сохранено. Новые предупреждения придут на вашу почту.');

  await page.reload();
  await expect(silent).not.toBeChecked();
  await expect(
    card.getByRole('checkbox', { name: 'Задержка передачи в ОФД', exact: true }),
  ).not.toBeChecked();
  await expect(card.getByRole('checkbox', { name: 'Смена дольше суток', exact: true })).toBeChecked();
  await expect(card.getByLabel('Дней без передачи в ОФД')).toHaveValue('5');
  await expect(card.getByLabel('Минут без связи с кассой')).toHaveValue('90');
  await screenshots(page, 'alerts-notifications');
});

test('an accountant sees the settings without the controls and may not change them', async ({
  page,
  browser,
}) => {
  await signIn(page, state.baseUrl, state.owner, '/');
  await expect(page.getByRole('heading', { name: 'Главная' })).toBeVisible();
  const ownerCsrf = await csrfOf(page, state.baseUrl);
  const email = 'buh-notify@romashka.test';
  const invited = await page.request.post(`${state.baseUrl}/api/owner/v1/staff/users`, {
    headers: { 'X-CSRF-Token': ownerCsrf },
    data: { email, name: 'Ольга Счётова', role: 'accountant', points_of_sale: null },
  });
  expect(invited.status()).toBe(201);
  const accountant: Account = {
    email,
    password: 'счёт-2026-12-04',
    organizationId: state.owner.organizationId,
  };
  const her = await acceptInvite(browser, state.baseUrl, join(state.dir, 'mail'), accountant);

  await signIn(her, state.baseUrl, accountant, '/alerts');
  const card = her.getByTestId('notification-settings');
  await expect(card.getByLabel('Касса пропала со связи — нет', { exact: true })).toBeVisible();
  await expect(card.getByLabel('Смена дольше суток — да', { exact: true })).toBeVisible();
  await expect(card.getByTestId('ofd-days')).toHaveText('5');
  await expect(card.getByTestId('silent-minutes')).toHaveText('90');
  await expect(card.getByRole('checkbox')).toHaveCount(1); // only her own «Получать письма»
  const receive = card.getByRole('checkbox', { name: 'Получать письма' });
  await expect(receive).not.toBeChecked(); // an accountant gets no mail unless she asks
  await receive.click();
  await card.getByRole('button', { name: 'Сохранить' }).click();
  await expect(card).toContainText('Новые предупреждения придут на вашу почту');
  await her.reload();
  await expect(receive).toBeChecked();
  await screenshots(her, 'alerts-notifications-accountant');

  const refused = await her.request.put(`${state.baseUrl}/api/owner/v1/notification-settings`, {
    headers: { 'X-CSRF-Token': await csrfOf(her, state.baseUrl) },
    data: { till_silent_minutes: 30 },
  });
  expect(refused.status()).toBe(403);

  // Back to the defaults, so the specs after this one see the alerts they expect.
  const reset = await page.request.put(`${state.baseUrl}/api/owner/v1/notification-settings`, {
    headers: { 'X-CSRF-Token': ownerCsrf },
    data: defaults,
  });
  expect(reset.status()).toBe(200);
});
