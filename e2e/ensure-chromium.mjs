// Installs Debian's Chromium when /usr/bin/chromium is missing: Playwright never downloads browsers here.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (existsSync(CHROMIUM)) {
  console.log(`chromium: ${CHROMIUM}`);
} else {
  const asRoot = process.getuid?.() === 0 ? '' : 'sudo ';
  console.log(`chromium missing at ${CHROMIUM}: installing Debian's package with apt-get`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execSync(`${asRoot}apt-get update`, { stdio: 'inherit', env });
  execSync(`${asRoot}apt-get install -y chromium`, { stdio: 'inherit', env });
  if (!existsSync(CHROMIUM)) {
    console.error(`chromium still missing at ${CHROMIUM} after apt-get install`);
    process.exit(1);
  }
}
