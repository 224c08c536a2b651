// Юрлица and payment methods as the owner sets them up: an ИП added with a mistyped INN (the form
// says what is wrong), corrected and attached to the point of sale; which payment methods each till
// role may take there, kept after a reload and taken by the point's real till on its next pull; an
// accountant sees both without the controls that change them, and the API refuses her.
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { acceptInvite, chooseOption, csrfOf, screenshots, signIn } from './helpers';
import { runCommand } from './processes';
import type { Account } from './shop';
import { e2eState } from './state';

const state = e2eState();
const pointName = 'Магазин на Садовой'; // the point whose till (state.tillDir) pushed the receipts

test('an ИП with a mistyped INN is corrected and attached to the point of sale', async ({ page }) => {
  await signIn(page, state.baseUrl, state.owner, '/points');
  const legal = page.getByTestId('legal-entities');
  await expect(legal).toContainText('Юрлиц пока нет');
  await legal.getByRole('button', { name: 'Добавить юрлицо' }).click();
  let dialog = page.getByRole('dialog');
  await dialog.getByLabel('Вид юрлица').click();
  await chooseOption(page, 'Индивидуальный предприниматель');
  await dialog.getByLabel('Наименование').fill('ИП Петрова Анна Викторовна');
  await dialog.getByLabel('ИНН').fill('500102001209');
  await dialog.getByLabel('Система налогообложения').click();
  await chooseOption(page, 'ПСН (патент)');
  await dialog.getByLabel('Юридический адрес').fill('Москва, Садовая ул., 1');
  await dialog.getByRole('button', { name: 'Сохранить' }).click();
  await expect(dialog).toContainText('ИНН с ошибкой: не сходятся контрольные цифры');
  await screenshots(page, 'legal-entity-bad-inn');
  await dialog.getByLabel('ИНН').fill('50010200120');
  await expect(dialog).toContainText('ИНН индивидуального предпринимателя — 12 цифр, а введено 11');
  await dialog.getByLabel('ИНН').fill('500102001208');
  await expect(dialog).not.toContainText('ИНН с ошибкой');
  await dialog.getByRole('button', { name: 'Сохранить' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(legal).toContainText('500102001208');
  await expect(legal).toContainText('ПСН (патент)');

  // The same INN again: the server's refusal is shown in the form.
  await legal.getByRole('button', { name: 'Добавить юрлицо' }).click();
  dialog = page.getByRole('dialog');
  await dialog.getByLabel('Вид юрлица').click();
  await chooseOption(page, 'Индивидуальный предприниматель');
  await dialog.getByLabel('Наименование').fill('ИП Петрова (дубль)');
  await dialog.getByLabel('ИНН').fill('500102001208');
  await dialog.getByLabel('Система налогообложения').click();
  await chooseOption(page, 'УСН доход');
  await dialog.getByRole('button', { name: 'Сохранить' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Юрлицо или ИП с ИНН 500102001208 уже есть');
  await dialog.getByRole('button', { name: 'Отмена' }).click();
  await expect(dialog).toHaveCount(0);

  const card = page.getByTestId(`pos-${pointName}`);
  await expect(card.getByTestId('pos-legal')).toContainText('юрлицо не выбрано');
  await card.getByRole('button', { name: 'Изменить' }).click();
  dialog = page.getByRole('dialog');
  await dialog.getByLabel('Юрлицо точки').click();
  await chooseOption(page, 'ИП Петрова Анна Викторовна, ИНН 500102001208');
  await dialog.getByRole('button', { name: 'Сохранить' }).click();
  await expect(dialog).toHaveCount(0);
  await page.reload();
  await expect(card.getByTestId('pos-legal')).toContainText('ИП Петрова Анна Викторовна, ИНН 500102001208');
  await screenshots(page, 'points-legal');
});

test('payment methods per role are kept after a reload and reach the till', async ({ page }) => {
  await signIn(page, state.baseUrl, state.owner, '/settings');
  await expect(page.getByRole('heading', { name: 'Настройки' })).toBeVisible();
  const card = page.getByTestId(`pay-${pointName}`);
  const cell = (name: string) => card.getByRole('checkbox', { name, exact: true });
  await expect(cell('Кассир: Карта')).toBeChecked(); // never set: every role takes everything
  await cell('Кассир: Карта').click();
  await cell('Кассир: СБП').click();
  await cell('Старший кассир: СБП').click();
  await expect(cell('Кассир: Карта')).not.toBeChecked();
  await card.getByRole('button', { name: 'Сохранить' }).click();
  await expect(card).toContainText('Сохранено. Кассы точки применят это после ближайшей синхронизации.');

  await page.reload();
  await expect(cell('Кассир: Наличные')).toBeChecked();
  await expect(cell('Кассир: Карта')).not.toBeChecked();
  await expect(cell('Кассир: СБП')).not.toBeChecked();
  await expect(cell('Старший кассир: Карта')).toBeChecked();
  await expect(cell('Старший кассир: СБП')).not.toBeChecked();
  await expect(cell('Администратор: СБП')).toBeChecked();
  await screenshots(page, 'settings');

  const till = JSON.parse(await runCommand(state.seedTill, ['pull', state.baseUrl, state.tillDir])) as {
    payment_methods: Record<string, string[]>;
  };
  expect(till.payment_methods).toEqual({
    owner: ['cash', 'card', 'sbp'],
    admin: ['cash', 'card', 'sbp'],
    manager: ['cash', 'card'],
    cashier: ['cash'],
  });
});

test('an accountant sees legal entities and payment methods without the controls', async ({
  page,
  browser,
}) => {
  await signIn(page, state.baseUrl, state.owner, '/');
  await expect(page.getByRole('heading', { name: 'Главная' })).toBeVisible();
  const email = 'buh-settings@romashka.test';
  const invited = await page.request.post(`${state.baseUrl}/api/owner/v1/staff/users`, {
    headers: { 'X-CSRF-Token': await csrfOf(page, state.baseUrl) },
    data: { email, name: 'Ирина Сверкина', role: 'accountant', points_of_sale: null },
  });
  expect(invited.status()).toBe(201);
  const accountant: Account = {
    email,
    password: 'сверка-2026-12',
    organizationId: state.owner.organizationId,
  };
  const her = await acceptInvite(browser, state.baseUrl, join(state.dir, 'mail'), accountant);

  await signIn(her, state.baseUrl, accountant, '/points');
  const legal = her.getByTestId('legal-entities');
  await expect(legal).toContainText('ИП Петрова Анна Викторовна');
  await expect(legal.getByRole('button', { name: 'Добавить юрлицо' })).toHaveCount(0);
  await expect(legal.locator('tbody a')).toHaveCount(0);

  await her.goto(`${state.baseUrl}/settings`);
  const card = her.getByTestId(`pay-${pointName}`);
  await expect(card.getByLabel('Кассир: Карта — нет', { exact: true })).toBeVisible();
  await expect(card.getByLabel('Кассир: Наличные — да', { exact: true })).toBeVisible();
  await expect(card.getByRole('checkbox')).toHaveCount(0);
  await expect(card.getByRole('button', { name: 'Сохранить' })).toHaveCount(0);
  await screenshots(her, 'settings-accountant');

  const points = (await (await her.request.get(`${state.baseUrl}/api/owner/v1/points-of-sale`)).json()) as {
    id: string;
    name: string;
  }[];
  const pos = points.find((p) => p.name === pointName)?.id ?? '';
  const all = ['cash', 'card', 'sbp'];
  const refused = await her.request.put(
    `${state.baseUrl}/api/owner/v1/points-of-sale/${pos}/payment-methods`,
    {
      headers: { 'X-CSRF-Token': await csrfOf(her, state.baseUrl) },
      data: { cashier: all, senior_cashier: all, administrator: all },
    },
  );
  expect(refused.status()).toBe(403);
  const kept = (await (
    await her.request.get(`${state.baseUrl}/api/owner/v1/points-of-sale/${pos}/payment-methods`)
  ).json()) as { cashier: string[] };
  expect(kept.cashier).toEqual(['cash']);
  await her.close();
});
