// Finds a Chromium for the tests: CHROME_PATH, else the usual install paths; as root on Debian or
// Ubuntu it installs Debian's `chromium` when none is found. Run directly, it prints the path.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** Flags for headless Chromium as root on a machine without a GPU or outside network. */
export const CHROME_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const found = () => [process.env.CHROME_PATH, ...CANDIDATES].find((path) => path && existsSync(path));

function isDebianLike() {
  try {
    return /^ID(_LIKE)?=.*(debian|ubuntu)/m.test(readFileSync('/etc/os-release', 'utf8'));
  } catch {
    return false;
  }
}

export function chromePath() {
  const path = found();
  if (path) return path;
  if (process.getuid?.() === 0 && isDebianLike()) {
    console.error('No Chromium found: installing Debian’s chromium with apt-get…');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    const installed = found();
    if (installed) return installed;
  }
  console.error('No Chromium or Chrome found: install Chromium (Debian/Ubuntu: apt-get install chromium) or set CHROME_PATH to a Chrome executable.');
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(chromePath());
