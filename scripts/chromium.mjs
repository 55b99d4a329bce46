// Debian's Chromium driven by playwright-core, with the flags this kind of machine needs (no
// sandbox as root, no GPU, no background traffic to hosts the closed network refuses).
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.PRESSMARK_CHROMIUM ?? '/usr/bin/chromium';

export function launchChromium() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`no browser at ${CHROMIUM} (apt-get install chromium, or set PRESSMARK_CHROMIUM)`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}
