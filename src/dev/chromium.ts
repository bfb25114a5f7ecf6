/**
 * Debian's Chromium, driven by playwright-core: the browser of the browser
 * tests and of the benchmark's first-search measurement. `CHROMIUM_PATH`
 * names another binary.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** The Chromium binary: `CHROMIUM_PATH`, or Debian's. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** True when the binary is there. */
export const HAS_CHROMIUM = existsSync(CHROMIUM);

/** What to do when it is not (in Swedish, like the project's other messages). */
export const MISSING_CHROMIUM = `Chromium finns inte på ${CHROMIUM}. Installera Debians paket: apt-get update && apt-get install -y chromium (eller ange CHROMIUM_PATH).`;

/** The flags this machine needs: no sandbox (containers), no GPU, nothing that reaches the network by itself. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Launches headless Chromium with {@link CHROMIUM_FLAGS}. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
}
