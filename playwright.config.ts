import { chromium, defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

import { CHROMIUM_FLAGS } from './scripts/preview.mjs';

/**
 * Browser choice: CHROMIUM_PATH if set; Playwright's own Chromium if installed; otherwise
 * Debian's (browsers cannot be downloaded on our CI machines, see toolchain-notes.md).
 */
function chromiumExecutable(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    if (existsSync(chromium.executablePath())) return undefined;
  } catch {
    // Playwright's browser registry is absent: fall through to Debian's Chromium.
  }
  for (const candidate of ['/usr/lib/chromium/chromium', '/usr/bin/chromium']) {
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

const executablePath = chromiumExecutable();
// E2E_PORT lets several checkouts on one machine run their suites side by side.
const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  ...(process.env.CI ? { retries: 1 } : {}),
  workers: 2,
  timeout: 30_000,
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'on-first-retry',
    ...devices['Desktop Chrome'],
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      // No GPU, and none of Chromium's own background traffic (privacy.spec.ts sees the app's alone).
      args: [...CHROMIUM_FLAGS],
    },
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    // Never reuse: a server already on the port may be another checkout's build.
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
