// The owner's cabinet in a real browser against a real cabinet whose receipts a till pushed.
import { expect, test } from '@playwright/test';
import { formatMoney } from '../src/format/money';
import { screenshots, signIn, writeFigure } from './helpers';
import { e2eState } from './state';

const state = e2eState();

test('the login page refuses a wrong password in Russian and loses what was typed', async ({ page }) => {
  await page.goto(state.baseUrl + '/login');
  await page.getByLabel('E-mail').fill(state.owner.email);
  await page.getByLabel('Пароль').fill('не тот пароль');
  await page.getByRole('button', { name: 'Войти' }).click();
  await expect(page.getByRole('alert')).toContainText(/невер/i);
  await expect(page.getByLabel('E-mail')).toHaveValue(state.owner.email);
  await expect(page).toHaveURL(/\/login/);
  await screenshots(page, 'login');
});

test("the dashboard's turnover equals the sum of the receipts the till pushed", async ({ page }) => {
  await signIn(page, state.baseUrl, state.owner);
  await expect(page.getByRole('heading', { name: 'Главная' })).toBeVisible();
  const today = page.getByTestId('today');
  await expect(today.getByTestId('gross')).toHaveText(formatMoney(state.pushed.total));
  await expect(today.getByTestId('receipts')).toHaveText(String(state.pushed.receipts));
  await expect(today.getByTestId('returns')).toHaveText(formatMoney(0));
  await expect(page.getByTestId('by-payment')).toContainText('Наличные');
  await expect(page.getByText('ООО «Ромашка»')).toBeVisible();
  await screenshots(page, 'dashboard');
});

test('a filter narrows the journal, the filter stays in the URL, and a receipt opens with its fiscal sign', async ({
  page,
}) => {
  await signIn(page, state.baseUrl, state.owner, '/documents');
  await expect(page).toHaveURL(/\/documents/);
  const rows = page.getByTestId('journal').locator('tbody tr');
  await expect(rows).toHaveCount(state.pushed.receipts);
  await page.getByLabel('Номер чека').fill('5');
  await page.getByRole('button', { name: 'Найти' }).click();
  await expect(rows).toHaveCount(1);
  await expect(page).toHaveURL(/number=5/);
  await page.reload();
  await expect(rows).toHaveCount(1);
  await screenshots(page, 'documents');

  await rows.first().getByRole('link', { name: '5' }).click();
  const receipt = page.getByTestId('document');
  await expect(receipt.getByRole('heading')).toHaveText('Продажа № 5');
  await expect(receipt.locator('tbody tr')).toHaveCount(3);
  await expect(page.getByTestId('fiscal')).toContainText('1234567890');
  await expect(page.getByTestId('fiscal')).toContainText('7380440800123456');
  await screenshots(page, 'document');
});

test('a wrong amount in the filter is explained and nothing is asked of the server', async ({ page }) => {
  await signIn(page, state.baseUrl, state.owner, '/documents');
  await page.getByLabel('Сумма от').fill('сто рублей');
  await page.getByRole('button', { name: 'Найти' }).click();
  await expect(page.getByRole('alert')).toContainText('Сумма — число рублей');
  await expect(page).not.toHaveURL(/amount_min/);
});

test('the tills page shows the till that pushed, under its point of sale', async ({ page }) => {
  await signIn(page, state.baseUrl, state.owner, '/tills');
  await expect(page.getByRole('heading', { name: 'Магазин на Садовой' })).toBeVisible();
  await expect(page.getByTestId('till')).toHaveCount(1);
  await expect(page.getByTestId('till')).toContainText('Касса 1');
  await screenshots(page, 'tills');
});

test('the shifts page answers for the period', async ({ page }) => {
  await signIn(page, state.baseUrl, state.owner, '/shifts');
  await expect(page.getByRole('heading', { name: 'Смены' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await screenshots(page, 'shifts');
});

test('an owner of another organisation sees nothing of this one, by URL guessing either', async ({
  page,
}) => {
  await signIn(page, state.baseUrl, state.stranger);
  await expect(page.getByText('ИП Сидоров')).toBeVisible();
  await expect(page.getByTestId('today').getByTestId('gross')).toHaveText(formatMoney(0));
  await page.goto(`${state.baseUrl}/documents/${state.pushed.uuids[0]}`);
  await expect(page.getByRole('alert')).toContainText(/не найден/i);
  await expect(page.getByTestId('document')).toHaveCount(0);
  await page.goto(`${state.baseUrl}/documents`);
  await expect(page.getByTestId('journal')).toContainText('Документов за этот период нет');
  await page.goto(`${state.baseUrl}/tills`);
  await expect(page.getByText('Ни одна касса ещё не подключена')).toBeVisible();
});

test('an expired session sends the user to the login page and back to where they were', async ({
  page,
  context,
}) => {
  await signIn(page, state.baseUrl, state.owner, '/documents?type=sale');
  await expect(page.getByTestId('journal').locator('tbody tr')).toHaveCount(state.pushed.receipts);
  await context.clearCookies();
  await page.reload();
  await expect(page).toHaveURL(/\/login\?next=/);
  await page.getByLabel('E-mail').fill(state.owner.email);
  await page.getByLabel('Пароль').fill(state.owner.password);
  await page.getByRole('button', { name: 'Войти' }).click();
  await expect(page).toHaveURL(/\/documents\?type=sale/);
  await expect(page.getByTestId('journal').locator('tbody tr')).toHaveCount(state.pushed.receipts);
});

test('speed of the first screen (measured, not asserted)', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, state.baseUrl, state.owner);
  await expect(page.getByTestId('today').getByTestId('gross')).toHaveText(formatMoney(state.pushed.total));
  // Cold cache, signed in: a fresh page load of the dashboard with the browser cache disabled.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await page.goto(state.baseUrl + '/');
  await expect(page.getByTestId('today').getByTestId('gross')).toHaveText(formatMoney(state.pushed.total));
  const figures = await page.evaluate(() => {
    const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
    const scripts = performance
      .getEntriesByType('resource')
      .filter((e) => e.name.endsWith('.js')) as PerformanceResourceTiming[];
    return {
      firstContentfulPaintMs: paint,
      scripts: scripts.length,
      scriptBytesOnWire: scripts.reduce((sum, e) => sum + e.encodedBodySize, 0),
      scriptBytesDecoded: scripts.reduce((sum, e) => sum + e.decodedBodySize, 0),
    };
  });
  console.log('dashboard first screen:', JSON.stringify(figures));
  writeFigure('dashboard-speed', figures);
  expect(figures.scripts).toBeGreaterThan(0);
  await context.close();
});
