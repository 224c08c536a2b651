import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Browser, type Page } from '@playwright/test';
import { mailedToken, type Account } from './shop';

const shotDir = process.env.PRILAVOK_SCREENSHOT_DIR ?? 'test-results/screenshots';

/** Signs in through the login form, as the owner would. */
export async function signIn(page: Page, baseUrl: string, account: Account, path = '/'): Promise<void> {
  await page.goto(baseUrl + path);
  await expect(page.getByRole('heading', { name: /Вход в кабинет/ })).toBeVisible();
  await page.getByLabel('E-mail').fill(account.email);
  await page.getByLabel('Пароль').fill(account.password);
  await page.getByRole('button', { name: 'Войти' }).click();
}

/** The page as a person sees it, at the desktop and the phone width. */
export async function screenshots(page: Page, name: string): Promise<void> {
  mkdirSync(shotDir, { recursive: true });
  for (const [width, height] of [
    [1366, 768],
    [390, 844],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.waitForTimeout(300); // the chart and tables re-layout on resize
    await page.screenshot({ path: join(shotDir, `${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1366, height: 768 });
}

export function writeFigure(name: string, value: unknown): void {
  mkdirSync(shotDir, { recursive: true });
  writeFileSync(join(shotDir, `${name}.json`), JSON.stringify(value, null, 2));
}

/** Picks an item of the open drop-down (Naive UI draws its options without the option role). */
export async function chooseOption(page: Page, text: string | RegExp): Promise<void> {
  await page.locator('.n-base-select-option', { hasText: text }).first().click();
}

/** The session's CSRF token (as the pages keep it from /me), for API calls a test makes beside them. */
export async function csrfOf(page: Page, baseUrl: string): Promise<string> {
  const me = (await (await page.request.get(`${baseUrl}/api/owner/v1/me`)).json()) as { csrf_token: string };
  return me.csrf_token;
}

/** The invited user opens the link mailed to them in a page of their own and sets the password. */
export async function acceptInvite(
  browser: Browser,
  baseUrl: string,
  mailDir: string,
  account: Account,
): Promise<Page> {
  const token = await mailedToken(mailDir, account.email, 'invite');
  const page = await browser.newPage();
  await page.goto(`${baseUrl}/invite?token=${token}`);
  await page.getByLabel('Пароль (не короче 10 символов)').fill(account.password);
  await page.getByLabel('Пароль ещё раз').fill(account.password);
  await page.getByRole('button', { name: 'Сохранить пароль' }).click();
  await expect(page.getByText('Пароль задан')).toBeVisible();
  return page;
}
