// «Скидки» on Настройки as the owner sets them: discounts on and the cashier held to 10 %, kept after a
// reload; the point's tills take them on their next pull (tests/cloud/tst_clouddiscounts proves the till
// side with a real till). The PNGs show the card at 1366 and 390 px.
import { expect, test } from '@playwright/test';
import { screenshots, signIn } from './helpers';
import { e2eState } from './state';

const state = e2eState();
const pointName = 'Магазин на Садовой'; // the point whose till (state.tillDir) pushed the receipts

test('a discount cap per role is kept after a reload', async ({ page }) => {
  await signIn(page, state.baseUrl, state.owner, '/settings');
  await expect(page.getByRole('heading', { name: 'Скидки' })).toBeVisible();
  const card = page.getByTestId(`discounts-${pointName}`);
  const cap = (role: string) => card.getByLabel(`${role}: наибольшая скидка, %`, { exact: true });
  await expect(cap('Кассир')).toHaveValue('50'); // never set: the till's default
  await cap('Кассир').fill('10');
  await cap('Старший кассир').fill('25');
  await card.getByRole('button', { name: 'Сохранить' }).click();
  await expect(card).toContainText('Сохранено. Кассы точки применят это после ближайшей синхронизации.');

  await page.reload();
  await expect(cap('Кассир')).toHaveValue('10');
  await expect(cap('Старший кассир')).toHaveValue('25');
  await expect(cap('Администратор')).toHaveValue('50');
  await screenshots(page, 'settings-discounts');
});
