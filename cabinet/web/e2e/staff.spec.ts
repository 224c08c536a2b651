// The staff page: an employee made in the cabinet with a PIN signs in at the till after a pull.
import { expect, test } from '@playwright/test';
import { chooseOption, screenshots, signIn } from './helpers';
import { runCommand } from './processes';
import { e2eState } from './state';

const state = e2eState();

interface TillEmployee {
  name: string;
  role: number;
  pin_ok: boolean;
}

async function tillEmployees(pin: string): Promise<TillEmployee[]> {
  const out = await runCommand(state.seedTill, ['pull', state.baseUrl, state.tillDir, pin]);
  return (JSON.parse(out) as { employees: TillEmployee[] }).employees;
}

test('an employee created with a PIN in the cabinet signs in at the till after a pull', async ({ page }) => {
  await signIn(page, state.baseUrl, state.owner, '/staff');
  await expect(page.getByRole('heading', { name: 'Сотрудники' })).toBeVisible();
  await page.getByRole('button', { name: 'Добавить сотрудника' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Имя').fill('Анна Петрова');
  await dialog.getByLabel('PIN').fill('4829');
  await dialog.getByRole('button', { name: 'Сохранить' }).click();
  await expect(dialog).toContainText('PIN — ровно 6 цифр');
  await dialog.getByLabel('PIN').fill('482916');
  await dialog.getByLabel('Роль на кассе').click();
  await chooseOption(page, 'Старший кассир');
  await screenshots(page, 'employee-editor');
  await dialog.getByRole('button', { name: 'Сохранить' }).click();
  await expect(dialog).toHaveCount(0);
  const row = page.getByTestId('staff').locator('tbody tr', { hasText: 'Анна Петрова' });
  await expect(row).toContainText('Старший кассир');
  await expect(row).toContainText('задан');
  await expect(page.getByTestId('staff')).not.toContainText('482916');
  await screenshots(page, 'staff');

  const anna = (await tillEmployees('482916')).find((e) => e.name === 'Анна Петрова');
  expect(anna, 'the employee reached the till').toBeDefined();
  expect(anna?.pin_ok).toBe(true);
  expect(anna?.role).toBe(2); // the till's manager: a senior cashier
  const wrong = (await tillEmployees('111111')).find((e) => e.name === 'Анна Петрова');
  expect(wrong?.pin_ok).toBe(false);

  // Who changed her and when: her history keeps the name she had at each change.
  await row.getByRole('link', { name: 'Анна Петрова' }).click();
  await dialog.getByLabel('Имя').fill('Анна Сергеевна Петрова');
  await dialog.getByRole('button', { name: 'Сохранить' }).click();
  await expect(dialog).toHaveCount(0);
  const renamed = page.getByTestId('staff').locator('tbody tr', { hasText: 'Анна Сергеевна Петрова' });
  await renamed.getByRole('link', { name: 'история' }).click();
  await expect(page.getByRole('heading', { name: 'Журнал изменений' })).toBeVisible();
  await expect(page.getByTestId('audit-subject')).toContainText('Анна Сергеевна Петрова');
  const entries = page.getByTestId('audit').locator('tbody tr');
  await expect(entries).toHaveCount(2);
  await expect(entries.nth(0)).toContainText('Сотрудник: изменён(а)');
  await expect(entries.nth(0)).toContainText('Анна Сергеевна Петрова');
  await expect(entries.nth(1)).toContainText('Сотрудник: создан(а)');
  await expect(entries.nth(1)).toContainText('Анна Петрова');
  await expect(entries.nth(1)).toContainText(state.owner.email);
  await screenshots(page, 'audit-employee');
  await page.getByRole('button', { name: 'Весь журнал' }).click();
  await expect(page).not.toHaveURL(/entity_id=/);
  await expect(page).toHaveURL(/entity=employee/);
  await expect(page.getByTestId('audit-subject')).toHaveCount(0);
});
