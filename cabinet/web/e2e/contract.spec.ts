// Every path and method the contract (cabinet/api/openapi.yaml) promises is served by the running
// cabinet: called as a signed-in owner with made-up ids and an empty body, none may answer the
// router's "no such address" or "method not allowed". The answer itself (404 for an unknown id, 400
// for an empty body) is each endpoint's own test's business.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { load } from 'js-yaml';
import { e2eState } from './state';

const state = e2eState();
const contractFile = fileURLToPath(new URL('../../api/openapi.yaml', import.meta.url));
const methods = ['get', 'post', 'put', 'delete'] as const;

interface Contract {
  paths: Record<string, Partial<Record<(typeof methods)[number], unknown>>>;
}

async function signIn(): Promise<{ cookie: string; csrf: string }> {
  const response = await fetch(`${state.baseUrl}/api/owner/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: state.owner.email, password: state.owner.password }),
  });
  expect(response.status).toBe(200);
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrf_token: csrf } = (await response.json()) as { csrf_token: string };
  return { cookie, csrf };
}

test('every path and method of the contract is served', async () => {
  const contract = load(readFileSync(contractFile, 'utf8')) as Contract;
  const session = await signIn();
  const missing: string[] = [];
  const calls: string[] = [];
  for (const [path, operations] of Object.entries(contract.paths)) {
    // The public sign-in flows have their own tests; logging out here would end this session.
    if (path.startsWith('/auth/') && path !== '/auth/password') continue;
    for (const method of methods) {
      if (!operations[method]) continue;
      const url = path.replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-00000000abcd');
      const response = await fetch(`${state.baseUrl}/api/owner/v1${url}`, {
        method: method.toUpperCase(),
        headers: {
          Cookie: session.cookie,
          'X-CSRF-Token': session.csrf,
          'Content-Type': 'application/json',
        },
        body: method === 'get' ? undefined : '{}',
      });
      const text = await response.text();
      calls.push(`${method.toUpperCase()} ${path}`);
      if (response.status === 405 || (response.status === 404 && text.includes('Нет такого адреса')))
        missing.push(`${method.toUpperCase()} ${path} → ${response.status}`);
    }
  }
  expect(calls.length).toBeGreaterThanOrEqual(40);
  expect(missing, 'routes the contract promises and the cabinet does not serve').toEqual([]);
});
