import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/**
 * Playwright cannot download its own browser here, so tests drive the system Chromium.
 * If it is missing and we are root on Debian, install it; otherwise say exactly what to do.
 */
export function findChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist`);
    return fromEnv;
  }
  let found = CANDIDATES.find((path) => existsSync(path));
  if (!found && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log('Chromium not found: installing Debian packages chromium and fonts-noto-cjk ...');
    try {
      execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk', {
        stdio: 'inherit',
      });
    } catch {
      // reported below with the manual command
    }
    found = CANDIDATES.find((path) => existsSync(path));
  }
  if (!found) {
    throw new Error(
      'No Chromium found for the browser tests. Install it with `apt-get install -y chromium fonts-noto-cjk` ' +
        '(Debian) or set CHROMIUM_PATH to a Chromium or Chrome binary.',
    );
  }
  return found;
}

export function chromiumLaunchOptions() {
  return {
    executablePath: findChromium(),
    // Flags for a closed network and a root user: no sandbox, no background calls home.
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  };
}
