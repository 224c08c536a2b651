// The owner sets up a new shop in the cabinet: a point of sale, a till in it, the code that connects
// a real till, and the receipt texts that till then prints; then invites an accountant.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { chooseOption, screenshots, signIn } from './helpers';
import { runCommand } from './processes';
import { e2eState } from './state';

const state = e2eState();

test('a point of sale and its till made in the cabinet: the till activates and prints the texts', async ({
  page,
}) => {
  await signIn(page, state.baseUrl, state.owner, '/points');
  await expect(page.getByRole('heading', { name: 'Точки и кассы' })).toBeVisible();
  await page.getByRole('button', { name: 'Добавить точку' }).click();
  let dialog = page.getByRole('dialog');
  await dialog.getByLabel('Название точки').fill('Магазин на Лесной');
  await dialog.getByLabel('Адрес точки').fill('г. Тверь, ул. Лесная, 5');
  await dialog.getByRole('button', { name: 'Сохранить' }).click();
  await expect(dialog).toHaveCount(0);

  const card = page.getByTestId('pos-Магазин на Лесной');
  await card.getByRole('button', { name: 'Добавить кассу' }).click();
  dialog = page.getByRole('dialog');
  await expect(dialog.getByLabel('Название рабочего места')).toHaveValue('Касса 1');
  await dialog.getByLabel('Номер').fill('100');
  await dialog.getByRole('button', { name: 'Сохранить' }).click();
  await expect(dialog).toContainText('Номер рабочего места — от 1 до 99');
  await dialog.getByLabel('Номер').fill('1');
  await dialog.getByRole('button', { name: 'Сохранить' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(card).toContainText('не подключена');

  await card.getByRole('button', { name: 'Код активации' }).click();
  dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Получить код' }).click();
  const code = (await page.getByTestId('activation-code').innerText()).replace(/\s/g, '');
  expect(code).toMatch(/^\d{8}$/);
  await screenshots(page, 'activation-code');
  await dialog.getByRole('button', { name: /close|закрыть/i }).click();

  const tillDir = mkdtempSync(join(tmpdir(), 'prilavok-e2e-lesnaya-'));
  await runCommand(state.seedTill, [state.baseUrl, code, tillDir, '0']);
  await page.reload();
  await expect(card).toContainText('подключена');
  await expect(card).not.toContainText('не подключена');

  await card.getByRole('button', { name: 'Тексты чека' }).click();
  dialog = page.getByRole('dialog');
  await expect(dialog.getByLabel('Название магазина')).toHaveValue('Магазин на Лесной');
  await dialog.getByLabel('Телефон').fill('+7 (4822) 00-00-00 доб. 1234567890123456');
  await dialog.getByRole('button', { name: 'Сохранить' }).click();
  await expect(dialog).toContainText('Телефон длиннее 34 символов');
  await dialog.getByLabel('Телефон').fill('+7 (4822) 00-00-00');
  await dialog.getByLabel('Текст внизу чека').fill('Спасибо за покупку! Ждём вас снова.');
  await expect(page.getByTestId('receipt-sample')).toContainText('Спасибо за покупку!');
  await dialog.getByRole('button', { name: 'Сохранить' }).click();
  await expect(dialog).toContainText('Сохранено');
  await screenshots(page, 'receipt-texts');

  const pulled = JSON.parse(await runCommand(state.seedTill, ['pull', state.baseUrl, tillDir])) as {
    receipt: { point_of_sale: string; store_name: string; phone: string; footer: string };
  };
  expect(pulled.receipt.point_of_sale).toBe('Магазин на Лесной');
  expect(pulled.receipt.phone).toBe('+7 (4822) 00-00-00');
  expect(pulled.receipt.footer).toBe('Спасибо за покупку! Ждём вас снова.');
  await page.keyboard.press('Escape');
  await screenshots(page, 'points');
});

test('the owner invites an accountant limited to one point; a stranger sees none of it', async ({
  page,
  browser,
}) => {
  await signIn(page, state.baseUrl, state.owner, '/users');
  await expect(page.getByRole('heading', { name: 'Пользователи кабинета' })).toBeVisible();
  await page.getByRole('button', { name: 'Пригласить' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('E-mail').fill('buh@lesnaya.ru');
  await dialog.getByLabel('Роль').click();
  await chooseOption(page, /Бухгалтер/);
  await dialog.getByText('Все точки, и новые тоже').click();
  await dialog.getByRole('button', { name: 'Отправить приглашение' }).click();
  await expect(dialog).toContainText('Выберите хотя бы одну торговую точку');
  await dialog.getByLabel('Выбранные точки').click();
  await chooseOption(page, 'Магазин на Садовой');
  await dialog.getByRole('heading', { name: 'Пригласить пользователя', exact: true }).click(); // closes the list
  await dialog.getByRole('button', { name: 'Отправить приглашение' }).click();
  await expect(dialog).toHaveCount(0);
  const row = page.getByTestId('users').locator('tbody tr', { hasText: 'buh@lesnaya.ru' });
  await expect(row).toContainText('Бухгалтер');
  await expect(row).toContainText('ждёт пароля');
  await screenshots(page, 'users');

  await page.goto(state.baseUrl + '/audit');
  await expect(page.getByTestId('audit')).toContainText('Пользователь кабинета: приглашён');
  await screenshots(page, 'audit');

  const stranger = await browser.newPage();
  await signIn(stranger, state.baseUrl, state.stranger, '/users');
  await expect(stranger.getByTestId('users')).not.toContainText('buh@lesnaya.ru');
  await stranger.goto(state.baseUrl + '/points');
  await expect(stranger.getByRole('heading', { name: 'Точки и кассы' })).toBeVisible();
  await expect(stranger.getByTestId('pos-Магазин на Лесной')).toHaveCount(0);
  await stranger.close();
});
