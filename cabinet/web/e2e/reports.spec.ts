// Отчёты and Уведомления as the owner and the accountant use them: the files downloaded from the
// pages hold exactly what the till pushed; an accountant invited by e-mail reads and downloads, and
// can neither see nor use the controls that change the catalog.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Download, type Page } from '@playwright/test';
import { formatMoney } from '../src/format/money';
import { dayOf } from '../src/format/time';
import { acceptInvite, chooseOption, screenshots, signIn } from './helpers';
import { runCommand } from './processes';
import type { Account } from './shop';
import { e2eState } from './state';

const state = e2eState();
// Days as the shop sees them (the seeded points are in Moscow): from 21:00 UTC the UTC date is a day behind.
const daysAgo = (days: number) => dayOf(Date.now() - days * 86400000);

async function downloaded(page: Page, link: ReturnType<Page['getByRole']>): Promise<[Download, Buffer]> {
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const path = await download.path();
  return [download, await readFile(path)];
}

/** The journal's CSV as the accountant's Excel would read it: BOM, `;`, a header row. */
function journalRows(bytes: Buffer): Record<string, string>[] {
  const text = bytes.toString('utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const [header, ...lines] = text.slice(1).trim().split(/\r?\n/);
  const names = (header ?? '').split(';');
  return lines.map((line) => Object.fromEntries(line.split(';').map((v, i) => [names[i], v])));
}
/** "-1234,50" → -123450, in integers (no float ever touches an amount). */
function kopecks(rubles: string): number {
  const match = /^(-?)(\d+),(\d{2})$/.exec(rubles.replace(/\s/g, ''));
  if (!match) throw new Error(`not an amount: ${rubles}`);
  return (match[1] ? -1 : 1) * (Number(match[2]) * 100 + Number(match[3]));
}

function pushedTotals(rows: Record<string, string>[]): { receipts: number; total: number } {
  const ours = rows.filter((r) => state.pushed.uuids.includes(r['UUID'] ?? ''));
  return { receipts: ours.length, total: ours.reduce((sum, r) => sum + kopecks(r['Сумма, руб.'] ?? ''), 0) };
}

test('the owner downloads the period from Отчёты and Документы; the files hold what the till pushed', async ({
  page,
}) => {
  await signIn(page, state.baseUrl, state.owner, '/reports');
  await expect(page.getByRole('heading', { name: 'Отчёты' })).toBeVisible();
  const files = page.getByTestId('exports');
  const fileRow = (title: string) =>
    files.locator('li', { hasText: title }).getByRole('link', { name: 'Скачать' });

  const [csv, csvBytes] = await downloaded(page, fileRow('Кассовые документы, CSV'));
  expect(csv.suggestedFilename()).toMatch(/^prilavok-documents-\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.csv$/);
  expect(pushedTotals(journalRows(csvBytes))).toEqual({
    receipts: state.pushed.receipts,
    total: state.pushed.total,
  });

  const [, xlsx] = await downloaded(page, fileRow('Кассовые документы, Excel'));
  expect(xlsx.subarray(0, 2).toString('latin1')).toBe('PK'); // a zip, as every XLSX is
  const [, sales] = await downloaded(page, fileRow('Продажи для 1С'));
  expect(sales.toString('utf8')).toContain('КоммерческаяИнформация');
  const [, catalog] = await downloaded(page, fileRow('Каталог для 1С'));
  expect(catalog.toString('utf8')).toContain('Каталог');
  await screenshots(page, 'reports');

  // The point of sale is kept in the address, as the period is: a reload or a sent link shows the
  // same choice, and the file is still the one of that point.
  await page.locator('.filters .n-select').click();
  await chooseOption(page, 'Магазин на Садовой');
  await expect(page).toHaveURL(/point_of_sale=[0-9a-f-]{36}/);
  await page.reload();
  await expect(page.locator('.filters')).toContainText('Магазин на Садовой');
  const [, ofPoint] = await downloaded(page, fileRow('Кассовые документы, CSV'));
  expect(pushedTotals(journalRows(ofPoint))).toEqual({
    receipts: state.pushed.receipts,
    total: state.pushed.total,
  });

  // Документы: the file holds what the filtered table shows.
  await page.goto(`${state.baseUrl}/documents?type=sale`);
  await expect(page.getByRole('heading', { name: 'Документы' })).toBeVisible();
  const [, filtered] = await downloaded(page, page.getByRole('link', { name: 'CSV', exact: true }));
  const rows = journalRows(filtered);
  expect(rows.length).toBeGreaterThan(0);
  expect(rows.every((r) => r['Тип'] === rows[0]?.['Тип'])).toBe(true);
});

test('a shift left open for 30 hours: the first alert, with what to do, and its documents from Смены', async ({
  page,
  browser,
}) => {
  await signIn(page, state.baseUrl, state.owner, '/alerts');
  await expect(page.getByRole('heading', { name: 'Уведомления' })).toBeVisible();
  await expect(page.getByTestId('no-alerts')).toContainText('Всё в порядке');

  // The till pushes a shift opened 30 hours ago and never closed, as one left on over a weekend.
  await runCommand(state.seedTill, ['shift', state.baseUrl, state.tillDir, '30']);
  await page.reload();
  const first = page.getByTestId('alerts').locator('li').first();
  await expect(first).toContainText('Срочно');
  await expect(first).toContainText('Касса 1: смена открыта больше 24 часов');
  await expect(first).toContainText('Закройте смену на кассе');
  const alerts = (await (await page.request.get(`${state.baseUrl}/api/owner/v1/alerts`)).json()) as unknown[];
  await expect(page.getByTestId('alerts').locator('li')).toHaveCount(alerts.length);
  await screenshots(page, 'alerts');

  // Смены: the shift's number opens the journal narrowed to it — its one cash-in.
  await page.goto(`${state.baseUrl}/shifts?from=${daysAgo(2)}&to=${daysAgo(0)}`);
  await page.getByRole('link', { name: '№ 1' }).click();
  await expect(page).toHaveURL(/shift=/);
  await expect(page.getByTestId('shift-filter')).toBeVisible();
  const rows = page.locator('tbody tr');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(formatMoney(100000));
  await page.getByRole('button', { name: 'Показать все документы' }).click();
  await expect(page.getByTestId('shift-filter')).toHaveCount(0);
  await expect.poll(() => rows.count()).toBeGreaterThan(1);

  // Another organisation's owner does not see it.
  const stranger = await browser.newPage();
  await signIn(stranger, state.baseUrl, state.stranger, '/alerts');
  await expect(stranger.getByRole('heading', { name: 'Уведомления' })).toBeVisible();
  await expect(stranger.getByText('смена открыта больше 24 часов')).toHaveCount(0);
  await stranger.close();
});

test('an accountant invited by e-mail reads and downloads, and cannot change the catalog', async ({
  page,
  browser,
}) => {
  // The owner invites her through the API with the owner's own session, as the Users page does.
  await signIn(page, state.baseUrl, state.owner, '/');
  await expect(page.getByRole('heading', { name: 'Главная' })).toBeVisible();
  const me = (await (await page.request.get(`${state.baseUrl}/api/owner/v1/me`)).json()) as {
    csrf_token: string;
  };
  const email = 'glavbuh@romashka.test';
  const invited = await page.request.post(`${state.baseUrl}/api/owner/v1/staff/users`, {
    headers: { 'X-CSRF-Token': me.csrf_token },
    data: { email, name: 'Ольга Счётова', role: 'accountant', points_of_sale: null },
  });
  expect(invited.status()).toBe(201);
  const made = await page.request.post(`${state.baseUrl}/api/owner/v1/catalog/products`, {
    headers: { 'X-CSRF-Token': me.csrf_token },
    data: { name: 'Кефир 2,5% 900 г', price: 8990, unit: 'pcs', vat: 'vat10', barcodes: ['4600000000992'] },
  });
  expect(made.status()).toBe(201);

  // She opens the link from the letter and sets her password.
  const accountant: Account = {
    email,
    password: 'бухгалтерия-2026',
    organizationId: state.owner.organizationId,
  };
  const her = await acceptInvite(browser, state.baseUrl, join(state.dir, 'mail'), accountant);

  // She sees the day's figures, as the owner does.
  await signIn(her, state.baseUrl, accountant, '/sales');
  await expect(her.getByTestId('sales-total')).toContainText(`итого ${formatMoney(state.pushed.total)}`);
  const menu = her.getByRole('complementary', { name: 'Разделы кабинета' });
  await expect(menu.getByRole('link', { name: 'Отчёты' })).toBeVisible();
  await expect(menu.getByRole('link', { name: 'Пользователи' })).toHaveCount(0);

  // The catalog is shown without the controls that change it, and the API refuses her anyway.
  await her.goto(`${state.baseUrl}/catalog`);
  await expect(her.getByRole('heading', { name: 'Каталог' })).toBeVisible();
  await expect(her.locator('tbody tr').first()).toBeVisible();
  await expect(her.getByRole('button', { name: 'Добавить товар' })).toHaveCount(0);
  await expect(her.getByRole('button', { name: 'Импорт' })).toHaveCount(0);
  await expect(her.locator('tbody a')).toHaveCount(0);
  await screenshots(her, 'catalog-accountant');
  const herMe = (await (await her.request.get(`${state.baseUrl}/api/owner/v1/me`)).json()) as {
    csrf_token: string;
    user: { role: string };
  };
  expect(herMe.user.role).toBe('accountant');
  const products = (await (
    await her.request.get(`${state.baseUrl}/api/owner/v1/catalog/products`)
  ).json()) as {
    items: { id: string; name: string; price: number }[];
  };
  const product = products.items[0];
  if (!product) throw new Error('the catalog is empty');
  const refused = await her.request.put(`${state.baseUrl}/api/owner/v1/catalog/products/${product.id}`, {
    headers: { 'X-CSRF-Token': herMe.csrf_token },
    data: { ...product, price: 1 },
  });
  expect(refused.status()).toBe(403);
  const imported = await her.request.post(`${state.baseUrl}/api/owner/v1/catalog/import`, {
    headers: { 'X-CSRF-Token': herMe.csrf_token, 'Content-Type': 'text/csv' },
    data: 'Наименование;Цена\nЧай;100\n',
  });
  expect(imported.status()).toBe(403);
  const after = (await (
    await her.request.get(`${state.baseUrl}/api/owner/v1/catalog/products/${product.id}`)
  ).json()) as { price: number };
  expect(after.price).toBe(product.price);

  // Her files hold the same as the owner's.
  await her.goto(`${state.baseUrl}/reports`);
  const link = her
    .getByTestId('exports')
    .locator('li', { hasText: 'Кассовые документы, CSV' })
    .getByRole('link');
  const [, csv] = await downloaded(her, link);
  expect(pushedTotals(journalRows(csv)).total).toBe(state.pushed.total);
  await her.close();
});

test('a document the cabinet refused: the alert leads to it, the owner reads why and copies it for support', async ({
  page,
  browser,
  context,
}) => {
  // The till sends a sale whose line name holds a NUL (a damaged database): refused, kept aside.
  const { uuid } = JSON.parse(await runCommand(state.seedTill, ['reject', state.baseUrl, state.tillDir])) as {
    uuid: string;
  };
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await signIn(page, state.baseUrl, state.owner, '/alerts');
  const alert = page.getByTestId('alerts').locator('li', { hasText: 'документы отклонены кабинетом' });
  await expect(alert).toContainText('передайте в поддержку');
  await alert.getByRole('link', { name: 'Открыть отклонённые документы' }).click();

  await expect(page.getByRole('heading', { name: 'Отклонённые документы' })).toBeVisible();
  const row = page.getByTestId('quarantine').locator('tbody tr', { hasText: 'нельзя сохранить' });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Продажа');
  await screenshots(page, 'quarantine');
  await row.click();
  const facts = page.getByTestId('rejected-document');
  await expect(facts).toContainText(uuid);
  await expect(facts).toContainText('недопустимый текст');
  await expect(page.getByTestId('rejected-body')).toContainText('бородинский');
  await screenshots(page, 'quarantine-document');
  await page.getByRole('button', { name: 'Скопировать документ' }).click();
  await expect(page.getByRole('status')).toHaveText('Скопировано');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain(uuid);
  await page.getByRole('button', { name: 'Закрыть' }).click();

  // Narrowed to a point of sale in the address; another organisation sees none of it.
  await page.locator('.filters .n-select').click();
  await chooseOption(page, 'Магазин на Садовой');
  await expect(page).toHaveURL(/point_of_sale=[0-9a-f-]{36}/);
  await expect(row).toHaveCount(1);
  const stranger = await browser.newPage();
  await signIn(stranger, state.baseUrl, state.stranger, '/quarantine');
  await expect(stranger.getByRole('heading', { name: 'Отклонённые документы' })).toBeVisible();
  await expect(stranger.getByTestId('quarantine')).toContainText('Кабинет принял всё');
  await expect(stranger.getByText('нельзя сохранить')).toHaveCount(0);
  await stranger.close();
});
