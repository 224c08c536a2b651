import { defineConfig } from '@playwright/test';

// Debian's Chromium, never a downloaded browser. The harness (e2e/global-setup.ts) starts a real
// prilavok-cabinet whose data came from a till through the sync client, and an SMTP sink for the
// registration mail.
export default defineConfig({
  testDir: './e2e',
  globalSetup: './e2e/global-setup.ts',
  globalTeardown: './e2e/global-teardown.ts',
  workers: 1,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    locale: 'ru-RU',
    timezoneId: 'Europe/Moscow',
    viewport: { width: 1366, height: 768 },
    launchOptions: {
      executablePath: process.env.PRILAVOK_CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
