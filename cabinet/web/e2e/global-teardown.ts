import type { E2eState } from './state';

export default async function globalTeardown(): Promise<void> {
  const text = process.env.PRILAVOK_E2E_STATE;
  if (!text) return;
  const state = JSON.parse(text) as E2eState;
  for (const pid of state.pids) {
    try {
      process.kill(pid);
    } catch {
      // already gone
    }
  }
}
