import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/lib/browser.ts';
import { LOCAL_HOST, NGINX_PORT } from './scripts/lib/addresses.ts';

// The site as deployed: nginx with deploy/nginx.conf over dist/ (npm run serve:nginx), on E2E_PORT.
const PORT = Number(process.env.E2E_PORT ?? NGINX_PORT);

export default defineConfig({
  testDir: 'tests/e2e',
  // One set of screenshots for every machine: CI runs the same Debian Chromium, so no platform suffix.
  snapshotPathTemplate: '{testDir}/__screenshots__/{testFileName}/{arg}{ext}',
  fullyParallel: true,
  // One worker per core: this machine has two, and more workers only wait on each other.
  workers: 2,
  reporter: [['list']],
  forbidOnly: !!process.env.CI,
  use: {
    baseURL: `http://${LOCAL_HOST}:${PORT}`,
    // Chromium's headless shell: the same engine, quicker to open a page (scripts/lib/browser.ts).
    launchOptions: chromiumLaunchOptions('shell'),
    trace: 'off',
    // Each new browser context would install the service worker and fetch its 19 precached files, work
    // that only the offline tests (which allow it) are about.
    serviceWorkers: 'block',
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], channel: undefined }, grepInvert: /@phone/ },
    { name: 'phone', use: { ...devices['Pixel 7'], channel: undefined }, grep: /@phone/ },
  ],
  webServer: {
    command: 'npm run serve:nginx',
    env: { NGINX_PORT: String(PORT) },
    url: `http://${LOCAL_HOST}:${PORT}/ko/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    // Asked to stop rather than killed: the server removes nginx's configuration folder from the temporary directory
    // when it stops (scripts/lib/nginx.ts), which a killed one leaves behind at every run.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
  },
});
