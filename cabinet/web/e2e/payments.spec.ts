// Card and SBP operations on the document page (issue 20): a till of a shop of its own (so the other
// specs' totals stay as they are) pays a sale by the emulated card terminal — a first card declined,
// a second approved — and by SBP, and pushes it through the real sync client with its payment journal.
// The owner reads the masked card, RRN, authorisation code and SBP ids; another shop's owner does not.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { screenshots, signIn } from './helpers';
import { runCommand } from './processes';
import { admin, registerOwner } from './shop';
import { e2eState } from './state';

const state = e2eState();

interface CardSale {
  uuid: string;
  rrn: string;
  auth_code: string;
  card_mask: string;
  qr_id: string;
}

test('the document shows its card and SBP operations to its owner only', async ({ page, browser }) => {
  const cabinet = process.env.PRILAVOK_CABINET_BIN ?? '';
  const db = `sqlite:${join(state.dir, 'cabinet.db')}`;
  const owner = await registerOwner(
    state.baseUrl,
    join(state.dir, 'mail'),
    'ИП Карпов',
    'owner@karpov.test',
    33,
  );
  const pos = await admin(cabinet, db, ['create-pos', '--org', owner.organizationId, 'Чайная лавка']);
  const workplace = await admin(cabinet, db, [
    'create-workplace',
    '--org',
    owner.organizationId,
    '--pos',
    pos.point_of_sale_id ?? '',
    'Касса 1',
  ]);
  const tillDir = join(state.dir, 'card-till');
  await mkdir(tillDir);
  await runCommand(state.seedTill, [state.baseUrl, workplace.activation_code ?? '', tillDir, '0']);
  const sale = JSON.parse(await runCommand(state.seedTill, ['card', state.baseUrl, tillDir])) as CardSale;

  await signIn(page, state.baseUrl, owner, `/documents/${sale.uuid}`);
  const ops = page.getByTestId('payment-operations');
  await expect(ops.getByRole('heading', { name: 'Операции по картам и СБП' })).toBeVisible();
  const rows = ops.getByTestId('payment-operation');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText('Отклонена');
  await expect(rows.nth(0)).toContainText('Недостаточно средств');
  const card = rows.nth(1);
  await expect(card).toContainText('Оплата · Карта');
  await expect(card).toContainText('Одобрена');
  await expect(card).toContainText(sale.card_mask);
  await expect(card).toContainText(sale.rrn);
  await expect(card).toContainText(sale.auth_code);
  await expect(rows.nth(2)).toContainText('Оплата · СБП');
  await expect(rows.nth(2)).toContainText(`QR ${sale.qr_id}`);
  // The card column holds the mask as the terminal printed it, never more of the number.
  await expect(card.locator('td').nth(4)).toHaveText(sale.card_mask);
  expect(sale.card_mask).not.toMatch(/\d{13}/);
  await screenshots(page, 'document-payment-operations');

  // Another shop's owner opening the same address gets nothing of it.
  const context = await browser.newContext();
  const stranger = await context.newPage();
  await signIn(stranger, state.baseUrl, state.stranger, `/documents/${sale.uuid}`);
  await expect(stranger.getByText('Документ не найден')).toBeVisible();
  await expect(stranger.getByTestId('payment-operations')).toHaveCount(0);
  await context.close();
});
