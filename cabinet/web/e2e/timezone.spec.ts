// Times in the point of sale's time zone (issue 15): the owner moves the point whose real till pushed
// the receipts to Vladivostok, and the same receipt's time on the journal and on its own page is 7
// hours later than it was in Moscow. The point goes back to Moscow at the end for the other specs.
import { expect, test, type Page } from '@playwright/test';
import { chooseOption, csrfOf, screenshots, signIn } from './helpers';
import { e2eState } from './state';

const state = e2eState();
const pointName = 'Магазин на Садовой'; // the point whose till (state.tillDir) pushed the receipts
const uuid = state.pushed.uuids[0] ?? '';

/** `03.12.2026 14:05` moved by whole hours, as a wall clock further east shows the same moment. */
function later(shown: string, hours: number): string {
  const m = /^(\d{2})\.(\d{2})\.(\d{4}) (\d{2}):(\d{2})$/.exec(shown.trim());
  if (!m) throw new Error(`not a date and time: ${shown}`);
  const [day, month, year, hour, minute] = m.slice(1).map(Number) as [number, number, number, number, number];
  const at = new Date(Date.UTC(year, month - 1, day, hour + hours, minute));
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(at.getUTCDate())}.${two(at.getUTCMonth() + 1)}.${at.getUTCFullYear()} ${two(at.getUTCHours())}:${two(at.getUTCMinutes())}`;
}

function journalCell(page: Page) {
  return page
    .locator('tr', { has: page.locator(`a[href$="/documents/${uuid}"]`) })
    .locator('td')
    .first();
}

async function journalTime(page: Page): Promise<string> {
  await page.goto(`${state.baseUrl}/documents`);
  await expect(journalCell(page)).toHaveText(/\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}/);
  return (await journalCell(page).innerText()).trim();
}

async function documentTime(page: Page): Promise<string> {
  await page.goto(`${state.baseUrl}/documents/${uuid}`);
  const cell = page.getByTestId('document-time');
  await expect(cell).toHaveText(/\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}/);
  return (await cell.innerText()).trim();
}

test('a receipt of a point in Vladivostok shows the time of its shop', async ({ page }) => {
  test.setTimeout(180_000); // four pages at two sizes on a shared machine
  await signIn(page, state.baseUrl, state.owner, '/documents');
  await expect(page.getByTestId('journal')).toBeVisible(); // signed in: the journal, not the login form
  const moscowJournal = await journalTime(page);
  const moscowDocument = await documentTime(page);
  expect(moscowDocument).toBe(moscowJournal);

  await page.goto(`${state.baseUrl}/points`);
  const card = page.getByTestId(`pos-${pointName}`);
  await expect(card.getByTestId('pos-zone')).toContainText('Москва (UTC+3)');
  try {
    await card.getByRole('button', { name: 'Изменить' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Часовой пояс точки').click();
    await page.keyboard.type('Влади'); // the list is long and drawn virtually: the owner types the town
    await chooseOption(page, 'Владивосток (UTC+10)');
    await screenshots(page, 'points-time-zone-dialog');
    await dialog.getByRole('button', { name: 'Сохранить' }).click();
    await expect(dialog).toHaveCount(0);
    await page.reload();
    await expect(card.getByTestId('pos-zone')).toContainText('Владивосток (UTC+10)');
    await screenshots(page, 'points-time-zone');

    // A fresh page load: the zones come from the server, not from what the Точки page remembered.
    await page.goto(`${state.baseUrl}/documents`);
    await page.reload();
    await expect(journalCell(page)).toHaveText(later(moscowJournal, 7));
    await screenshots(page, 'documents-vladivostok');
    await page.goto(`${state.baseUrl}/documents/${uuid}`);
    await expect(page.getByTestId('document-time')).toHaveText(later(moscowDocument, 7));
    await screenshots(page, 'document-vladivostok');
  } finally {
    // Back to Moscow through the API, so the specs after this one see the point as they expect.
    const points = (await (
      await page.request.get(`${state.baseUrl}/api/owner/v1/points-of-sale`)
    ).json()) as {
      id: string;
      name: string;
      address: string;
    }[];
    const point = points.find((p) => p.name === pointName);
    if (point) {
      const back = await page.request.put(`${state.baseUrl}/api/owner/v1/points-of-sale/${point.id}`, {
        headers: { 'X-CSRF-Token': await csrfOf(page, state.baseUrl) },
        data: { name: point.name, address: point.address, time_zone: 'Europe/Moscow' },
      });
      expect(back.status()).toBe(200);
    }
  }
});
