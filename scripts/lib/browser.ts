import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Debian's packages: the browser, its headless-only build, and the fonts the Korean pages are drawn with. */
const DEBIAN_PACKAGES = 'chromium chromium-headless-shell fonts-noto-cjk';

const BROWSERS = {
  /** The whole browser: what readers run, measured by the bench and Lighthouse. */
  full: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'],
  /**
   * The same engine without the windowed browser around it (Playwright's own choice for headless runs):
   * here a new page opens in 0.4 s instead of 1 s, and axe runs 17% faster. It draws the same pixels:
   * the screenshot comparisons pass unchanged.
   */
  shell: ['/usr/bin/chromium-headless-shell'],
} as const;

const firstExisting = (paths: readonly string[]) => paths.find((path) => existsSync(path));

/**
 * Playwright cannot download its own browser here, so tests drive Debian's Chromium. If it is missing
 * and we are root on Debian, install it; otherwise say exactly what to do. `kind: 'shell'` prefers the
 * headless shell and falls back to the whole browser.
 */
export function findChromium(kind: keyof typeof BROWSERS = 'full'): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist`);
    return fromEnv;
  }
  const wanted = kind === 'shell' ? [...BROWSERS.shell, ...BROWSERS.full] : BROWSERS.full;
  let found = firstExisting(kind === 'shell' ? BROWSERS.shell : BROWSERS.full);
  if (!found && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log(`Chromium not found: installing Debian packages ${DEBIAN_PACKAGES} ...`);
    try {
      execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${DEBIAN_PACKAGES}`, { stdio: 'inherit' });
    } catch {
      // reported below with the manual command
    }
  }
  found = firstExisting(wanted);
  if (!found) {
    throw new Error(
      `No Chromium found for the browser tests. Install it with \`apt-get install -y ${DEBIAN_PACKAGES}\` ` +
        '(Debian) or set CHROMIUM_PATH to a Chromium or Chrome binary.',
    );
  }
  return found;
}

/** Launch options for Playwright; `kind` as for findChromium. */
export function chromiumLaunchOptions(kind: keyof typeof BROWSERS = 'full') {
  return {
    executablePath: findChromium(kind),
    // Flags for a closed network and a root user: no sandbox, no background calls home.
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  };
}
