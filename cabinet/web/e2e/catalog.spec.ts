// The catalog page: a product made in the cabinet reaches the till's own catalog on its next pull.
import { expect, test } from '@playwright/test';
import { formatMoney } from '../src/format/money';
import { csrfOf, screenshots, signIn } from './helpers';
import { runCommand } from './processes';
import { e2eState } from './state';

const state = e2eState();
const bread = 'Хлеб «Бородинский» 400 г';

interface TillProduct {
  name: string;
  price: number;
  unit_code: number;
  barcodes: string;
  vat_code: number;
  marked: boolean;
  marking_type: number;
}

test('a product created in the cabinet reaches the till after a pull', async ({ page }) => {
  await signIn(page, state.baseUrl, state.owner, '/catalog');
  await expect(page.getByRole('heading', { name: 'Каталог' })).toBeVisible();
  await page.getByRole('button', { name: 'Добавить товар' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Название').fill(bread);
  await dialog.getByLabel('Цена').fill('шестьдесят');
  await dialog.getByRole('button', { name: 'Сохранить' }).click();
  await expect(dialog).toContainText('Цена — число рублей');
  await dialog.getByLabel('Цена').fill('64,90');
  await dialog.getByLabel('Артикул').fill('ХБ-400');
  await dialog.locator('.n-dynamic-tags button').click();
  await dialog.locator('.n-dynamic-tags input').fill('4601234567893');
  await dialog.locator('.n-dynamic-tags input').press('Enter');
  await screenshots(page, 'product-editor');
  await dialog.getByRole('button', { name: 'Сохранить' }).click();
  await expect(dialog).toHaveCount(0);
  const row = page.getByTestId('products').locator('tbody tr', { hasText: bread });
  await expect(row).toContainText(formatMoney(6490));
  await expect(row).toContainText('4601234567893');
  await screenshots(page, 'catalog');

  // A word from the middle of the name finds it, in any case; the search stays in the address.
  const search = page.getByLabel('Поиск товара');
  await search.fill('БОРОДИН');
  await search.press('Enter');
  await expect(page).toHaveURL(/q=/);
  await expect(page.getByTestId('products').locator('tbody tr')).toHaveCount(1);
  await expect(page.getByTestId('products')).toContainText(bread);
  await page.reload();
  await expect(page.getByLabel('Поиск товара')).toHaveValue('БОРОДИН');
  await expect(page.getByTestId('products')).toContainText(bread);
  await search.fill('нет такого товара');
  await search.press('Enter');
  await expect(page.getByTestId('products')).toContainText('Ничего не найдено');
  await screenshots(page, 'catalog-search');

  // A product card with a marking type, made through the owner API: the till sells it as marked.
  const shoes = await page.request.post(`${state.baseUrl}/api/owner/v1/catalog/products`, {
    headers: { 'X-CSRF-Token': await csrfOf(page, state.baseUrl) },
    data: { name: 'Кеды текстильные', price: 249000, unit: 'pcs', vat: 'vat20', marking: 'shoes' },
  });
  expect(shoes.status()).toBe(201);
  // Its price changed in the page, whose form has no marking field: the marking stays.
  await page.getByLabel('Поиск товара').fill('кеды');
  await page.getByLabel('Поиск товара').press('Enter');
  await page.getByTestId('products').getByRole('link', { name: 'Кеды текстильные' }).click();
  await dialog.getByLabel('Цена').fill('2 390');
  await dialog.getByRole('button', { name: 'Сохранить' }).click();
  await expect(dialog).toHaveCount(0);

  const till = JSON.parse(await runCommand(state.seedTill, ['pull', state.baseUrl, state.tillDir])) as {
    products: TillProduct[];
  };
  const sold = till.products.find((p) => p.name === bread);
  expect(sold, JSON.stringify(till.products)).toBeDefined();
  expect(sold?.price).toBe(6490);
  expect(sold?.barcodes).toBe('4601234567893');
  expect(sold?.marked).toBe(false);
  const marked = till.products.find((p) => p.name === 'Кеды текстильные');
  expect(marked, JSON.stringify(till.products)).toBeDefined();
  expect(marked?.price).toBe(239000);
  expect(marked?.marked).toBe(true);
  expect(marked?.marking_type).toBe(5); // app/catalog/product.h MarkingType::Shoes

  // The server's word on a barcode stands under the barcode field, and nothing is saved: one that
  // another product has (409, naming it), then one with a wrong check digit (400).
  await page.getByLabel('Поиск товара').fill('');
  await page.getByLabel('Поиск товара').press('Enter');
  await page.getByRole('button', { name: 'Добавить товар' }).click();
  await dialog.getByLabel('Название').fill('Хлеб нарезной');
  await dialog.getByLabel('Цена').fill('49,90');
  await dialog.locator('.n-dynamic-tags button').click();
  await dialog.locator('.n-dynamic-tags input').fill('4601234567893');
  await dialog.locator('.n-dynamic-tags input').press('Enter');
  await dialog.getByRole('button', { name: 'Сохранить' }).click();
  const barcodeFeedback = dialog.getByTestId('barcodes-field').locator('.n-form-item-feedback');
  await expect(barcodeFeedback).toHaveText(`Штрихкод 4601234567893 уже у товара «${bread}»`);
  await screenshots(page, 'product-barcode-taken');
  await dialog.locator('.n-dynamic-tags .n-tag__close').click();
  await dialog.locator('.n-dynamic-tags button').click();
  await dialog.locator('.n-dynamic-tags input').fill('4601234567890');
  await dialog.locator('.n-dynamic-tags input').press('Enter');
  await dialog.getByRole('button', { name: 'Сохранить' }).click();
  await expect(barcodeFeedback).toHaveText('Штрихкод 4601234567890: неверная контрольная цифра');
  await screenshots(page, 'product-barcode-check-digit');
  await dialog.getByRole('button', { name: 'Отмена' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('products').locator('tbody tr', { hasText: 'Хлеб нарезной' })).toHaveCount(0);
});

test("another organisation's owner does not see this catalog", async ({ page }) => {
  await signIn(page, state.baseUrl, state.stranger, '/catalog');
  await expect(page.getByRole('heading', { name: 'Каталог' })).toBeVisible();
  await expect(page.getByTestId('products')).toContainText('Товаров пока нет');
});
