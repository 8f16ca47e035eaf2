#!/usr/bin/env node
// The tests need two Debian packages: chromium (browser tests drive /usr/bin/chromium; nothing
// downloads a browser of its own) and libxml2-utils (xmllint validates exported TMX against
// its DTD). Installed here when missing and running as root; otherwise we say what to run.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const tools = [
  { bin: process.env.CHROMIUM_PATH || '/usr/bin/chromium', pkg: 'chromium', why: 'browser tests' },
  { bin: '/usr/bin/xmllint', pkg: 'libxml2-utils', why: 'TMX validation against its DTD' },
];
const missing = tools.filter((t) => !existsSync(t.bin));
if (missing.length === 0) process.exit(0);

const pkgs = missing.map((t) => t.pkg).join(' ');
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot) {
  console.error(
    `Missing for the tests: ${missing.map((t) => `${t.bin} (${t.why})`).join(', ')}.\n` +
      `Install, then run the tests again:\n  sudo apt-get update && sudo apt-get install -y ${pkgs}`,
  );
  process.exit(1);
}
console.log(`Installing Debian packages the tests need: ${pkgs} (chromium takes about 80 s)…`);
try {
  execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${pkgs}`, { stdio: 'inherit' });
} catch {
  console.error(`apt-get failed; install by hand: apt-get install -y ${pkgs}`);
  process.exit(1);
}
const still = missing.filter((t) => !existsSync(t.bin));
if (still.length) {
  console.error(`apt-get finished but ${still.map((t) => t.bin).join(', ')} is still missing.`);
  process.exit(1);
}
