// «Маркировка» of a point of sale on Точки и кассы as the owner sets it: ТС ПИоТ's address and client,
// the secrets (shown back only as «задан»), a strict group and the time budget, kept after a reload;
// a wrong address is refused by the field in Russian. The point's tills take the settings on their
// next pull (tests/cloud/tst_cloudmarking proves the till side). PNGs at 1366 and 390 px.
import { expect, test } from '@playwright/test';
import { screenshots, signIn } from './helpers';
import { e2eState } from './state';

const state = e2eState();
const pointName = 'Магазин на Садовой';

test('the owner sets the marking settings and sees them saved', async ({ page }) => {
  await signIn(page, state.baseUrl, state.owner, '/points');
  const open = async () => {
    await page.getByTestId(`pos-${pointName}`).getByRole('button', { name: 'Маркировка' }).click();
    const card = page.getByTestId('marking-card');
    await expect(card).toContainText(`Маркировка: ${pointName}`);
    await expect(card.getByTestId('secret-client_token')).toBeVisible();
    return card;
  };
  let card = await open();
  await expect(card.getByTestId('secret-client_token')).toHaveText('не задан');

  await card.getByLabel('Адрес ТС ПИоТ').fill('tspiot.local:50063');
  await card.getByLabel('Идентификатор клиента').fill('prilavok-7');
  await card.getByLabel('Токен клиента ТС ПИоТ: новое значение').fill('ct-secret-e2e');
  await card.getByRole('button', { name: 'Сохранить' }).click();
  await expect(card).toContainText('Адрес ТС ПИоТ «tspiot.local:50063» — не веб-адрес');

  await card.getByLabel('Адрес ТС ПИоТ').fill('https://tspiot.local:50063');
  await card.getByLabel('Токен для работы с Честным Знаком: новое значение').fill('chz-secret-e2e');
  await card.getByRole('checkbox', { name: 'Табак', exact: true }).click();
  await card.getByLabel('Время на проверку кода, мс').fill('1200');
  await card.getByRole('button', { name: 'Сохранить' }).click();
  await expect(card).toContainText('Сохранено. Кассы точки применят это после ближайшей синхронизации.');
  await expect(card.getByTestId('secret-client_token')).toHaveText('задан');
  await expect(card.getByTestId('secret-chz_token')).toHaveText('задан');
  await expect(card.getByTestId('secret-lm_password')).toHaveText('не задан');

  await page.reload();
  card = await open();
  await expect(card.getByLabel('Адрес ТС ПИоТ')).toHaveValue('https://tspiot.local:50063');
  await expect(card.getByLabel('Идентификатор клиента')).toHaveValue('prilavok-7');
  await expect(card.getByLabel('Время на проверку кода, мс')).toHaveValue('1200');
  await expect(card.getByRole('checkbox', { name: 'Табак', exact: true })).toBeChecked();
  await expect(card.getByTestId('secret-client_token')).toHaveText('задан');
  await expect(card.getByTestId('secret-chz_token')).toHaveText('задан');
  expect(await page.content()).not.toContain('secret-e2e');
  await screenshots(page, 'points-marking');
  // The whole card: the modal scrolls inside the window, so a tall window shows all of it.
  await page.setViewportSize({ width: 1366, height: 1800 });
  await page.screenshot({
    path: `${process.env.PRILAVOK_SCREENSHOT_DIR ?? 'test-results/screenshots'}/points-marking-whole-1366.png`,
  });
  await page.setViewportSize({ width: 1366, height: 768 });
});
