// What the harness set up, handed to the tests through the environment.
import type { Account } from './shop';

export interface E2eState {
  baseUrl: string;
  dir: string;
  tillDir: string;
  seedTill: string;
  pids: number[];
  owner: Account;
  stranger: Account;
  pushed: { receipts: number; total: number; uuids: string[] };
}

export function e2eState(): E2eState {
  const text = process.env.PRILAVOK_E2E_STATE;
  if (!text) throw new Error('the harness did not run (PRILAVOK_E2E_STATE is empty)');
  return JSON.parse(text) as E2eState;
}
