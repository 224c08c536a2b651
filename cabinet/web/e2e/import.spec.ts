// Импорт on the catalog page: a CSV with one bad row is checked first (the refusal says why in
// Russian and nothing is written), then loaded; the good product is in the list and reaches the till
// on its next pull, the bad one nowhere.
import { expect, test } from '@playwright/test';
import { formatMoney } from '../src/format/money';
import { screenshots, signIn } from './helpers';
import { runCommand } from './processes';
import { e2eState } from './state';

const state = e2eState();
const good = 'Пряник тульский с повидлом';
const bad = 'Коврижка медовая';
const csv =
  'Наименование;Цена;Ед. изм.;НДС;Группа;Штрихкод\n' +
  `${good};129,90;шт;20%;Кондитерские;4600000000053\n` +
  `${bad};-5;шт;20%;Кондитерские;\n`;

test('the owner imports a CSV: the bad row says why, the good one reaches the list and the till', async ({
  page,
}) => {
  await signIn(page, state.baseUrl, state.owner, '/catalog');
  await expect(page.getByRole('heading', { name: 'Каталог' })).toBeVisible();
  await page.getByRole('button', { name: 'Импорт' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('button', { name: 'Загрузить' })).toBeDisabled();
  await dialog.getByLabel('Файл с товарами').setInputFiles({
    name: 'tovary.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv),
  });
  const check = dialog.getByTestId('import-check');
  await expect(check).toContainText('Будет создано товаров: 1, новых групп: 1. Отклонено строк: 1');
  const rows = dialog.getByTestId('import-rows');
  await expect(rows.locator('tbody tr')).toHaveCount(1); // only the refused rows at first
  await expect(rows).toContainText(bad);
  await expect(rows).toContainText('Цена меньше нуля: -5');
  await screenshots(page, 'catalog-import-check');
  await dialog.getByText('Только отклонённые строки').click();
  await expect(rows.locator('tbody tr')).toHaveCount(2);
  await expect(rows).toContainText(good);

  // The check wrote nothing.
  const before = await page.request.get(`${state.baseUrl}/api/owner/v1/catalog/products?q=пряник`);
  expect(((await before.json()) as { items: unknown[] }).items).toHaveLength(0);

  await dialog.getByRole('button', { name: 'Загрузить' }).click();
  await expect(dialog.getByTestId('import-result')).toContainText(
    'Создано товаров: 1, новых групп: 1. Не загружено строк: 1 — каталог они не изменили.',
  );
  await screenshots(page, 'catalog-import-done');
  await dialog.getByRole('button', { name: 'Готово' }).click();
  await expect(dialog).toHaveCount(0);
  const list = page.getByTestId('products');
  await expect(list.locator('tbody tr', { hasText: good })).toContainText(formatMoney(12990));
  await expect(list).not.toContainText(bad);
  await expect(page.getByRole('complementary', { name: 'Группы товаров' })).toContainText('Кондитерские');

  const till = JSON.parse(await runCommand(state.seedTill, ['pull', state.baseUrl, state.tillDir])) as {
    products: { name: string; price: number; barcodes: string }[];
  };
  const pulled = till.products.find((p) => p.name === good);
  expect(pulled, JSON.stringify(till.products)).toBeDefined();
  expect(pulled?.price).toBe(12990);
  expect(pulled?.barcodes).toBe('4600000000053');
  expect(till.products.find((p) => p.name === bad)).toBeUndefined();
});

test('a file that is not a workbook, or is over 8 MB, is refused with a message and changes nothing', async ({
  page,
}) => {
  await signIn(page, state.baseUrl, state.owner, '/catalog');
  await page.getByRole('button', { name: 'Импорт' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Файл с товарами').setInputFiles({
    name: 'tovary.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from('Наименование;Цена\nЧай;100\n'),
  });
  await expect(dialog.getByRole('alert')).toContainText('Файл не является книгой XLSX');
  await expect(dialog.getByRole('button', { name: 'Загрузить' })).toBeDisabled();
  await dialog.getByLabel('Файл с товарами').setInputFiles({
    name: 'ves-katalog.csv',
    mimeType: 'text/csv',
    buffer: Buffer.alloc(9 * 1024 * 1024, 'а;1\n'),
  });
  await expect(dialog.getByRole('alert')).toContainText(
    'Файл больше 8 МБ (9,0 МБ): разделите его на несколько.',
  );
});
