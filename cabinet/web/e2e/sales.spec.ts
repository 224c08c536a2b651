// Продажи: the period's turnover grouped by day and by till, with names, equal to what the till pushed;
// the grouping stays in the address.
import { expect, test } from '@playwright/test';
import { formatMoney } from '../src/format/money';
import { screenshots, signIn } from './helpers';
import { e2eState } from './state';

const state = e2eState();

test('sales by day and by till add up to what the till pushed', async ({ page }) => {
  await signIn(page, state.baseUrl, state.owner, '/sales');
  await expect(page.getByRole('heading', { name: 'Продажи' })).toBeVisible();
  await expect(page.getByTestId('sales-total')).toContainText(`итого ${formatMoney(state.pushed.total)}`);
  await screenshots(page, 'sales-by-day');

  await page.getByText('По кассам', { exact: true }).click();
  await expect(page).toHaveURL(/by=workplace/);
  const row = page.getByTestId('sales').locator('tbody tr', { hasText: 'Касса 1' });
  await expect(row).toContainText(formatMoney(state.pushed.total));
  await expect(row).toContainText(String(state.pushed.receipts));

  await page.getByText('По товарам', { exact: true }).click();
  await expect(page.getByTestId('sales').locator('thead')).toContainText('Количество');
  await screenshots(page, 'sales-by-product');
  await page.reload();
  await expect(page.getByTestId('sales').locator('thead')).toContainText('Количество');
});
