// Runs before `npm start` and `npm test`: installs the locked dependencies when node_modules is
// missing (a fresh clone), saying so; with --chromium, checks that Chromium can be found.
// Uses Node built-ins only, because it runs before anything is installed.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromePath } from './chrome-path.mjs';

if (!existsSync('node_modules/.package-lock.json')) {
  console.log('rolekit: node_modules is missing — running `npm ci` to install the locked dependencies…');
  execSync('npm ci --no-audit --no-fund', { stdio: 'inherit' });
}

if (process.argv.includes('--chromium') && !chromePath()) {
  console.error(
    'rolekit: Chromium was not found. Install it (Debian/Ubuntu: `sudo apt-get install -y chromium`)\n' +
      'or point CHROME_PATH at a Chromium or Chrome binary, then run the command again.',
  );
  process.exit(1);
}
