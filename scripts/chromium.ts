/**
 * How the tests and the browser bench start Debian's Chromium. Without the networking flags
 * it floods this closed network with refused connections (../shared/TOOLCHAIN.md).
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
