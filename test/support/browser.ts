/**
 * Starts Debian's Chromium for the browser tests. Without it the tests are
 * skipped with a message, except under CI=true, where a missing browser fails
 * the run and says how to install it.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM);
export const MISSING_CHROMIUM = `Chromium finns inte på ${CHROMIUM}. Installera Debians paket: apt-get update && apt-get install -y chromium (eller ange CHROMIUM_PATH).`;

if (!HAS_CHROMIUM) {
  if (process.env.CI) throw new Error(MISSING_CHROMIUM);
  console.warn(`Webbläsartesterna hoppas över: ${MISSING_CHROMIUM}`);
}

/** Launches headless Chromium with the flags this machine needs. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/** The Content-Security-Policy the README tells hosts to send; the browser tests run under it. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
