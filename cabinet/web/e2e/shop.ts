// Shops for the browser tests, set up as an owner would: register in the cabinet, confirm the e-mail
// from the real SMTP sink, create a point of sale and a workplace, activate a till with the code.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runCommand } from './processes';

export interface Account {
  email: string;
  password: string;
  organizationId: string;
}

/** A 10-digit INN with a valid check digit (the cabinet checks it), different for each seed. */
export function innFor(seed: number): string {
  const body = String(770000000 + seed).slice(0, 9);
  const weights = [2, 4, 10, 3, 5, 9, 4, 6, 8];
  const sum = weights.reduce((acc, w, i) => acc + w * Number(body[i]), 0);
  return body + String((sum % 11) % 10);
}

/** The token of the link (`/confirm`, `/invite`, `/reset`) mailed to `email`, read from the SMTP sink. */
export async function mailedToken(
  mailDir: string,
  email: string,
  link: 'confirm' | 'invite' | 'reset' = 'confirm',
): Promise<string> {
  const pattern = new RegExp(`/${link}\\?token=([A-Za-z0-9_-]+)`);
  for (let attempt = 0; attempt < 100; attempt++) {
    for (const name of await readdir(mailDir)) {
      if (!name.endsWith('.eml')) continue;
      const text = (await readFile(join(mailDir, name))).toString();
      const match = pattern.exec(text.replace(/=\r?\n/g, ''));
      if (text.includes(email) && match?.[1]) return match[1];
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no ${link} mail for ${email}`);
}

async function call(baseUrl: string, path: string, body: unknown): Promise<unknown> {
  const response = await fetch(`${baseUrl}/api/owner/v1${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return response.status === 204 ? null : response.json();
}

export async function registerOwner(
  baseUrl: string,
  mailDir: string,
  organization: string,
  email: string,
  seed: number,
): Promise<Account> {
  const password = 'прилавок-2026-пароль';
  const answer = (await call(baseUrl, '/auth/register', {
    organization_name: organization,
    inn: innFor(seed),
    email,
    password,
    name: 'Ирина Петрова',
  })) as { organization_id: string };
  await call(baseUrl, '/auth/confirm', { token: await mailedToken(mailDir, email) });
  return { email, password, organizationId: answer.organization_id };
}

/** `prilavok-cabinet admin ...` on the test's database: the JSON it printed. */
export async function admin(cabinet: string, db: string, args: string[]): Promise<Record<string, string>> {
  return JSON.parse(await runCommand(cabinet, ['admin', '--db', db, ...args])) as Record<string, string>;
}
