/**
 * Debian's Chromium for the browser tests (the launcher is `src/dev/chromium.ts`).
 * Without it the tests are skipped with a message, except under CI=true, where
 * a missing browser fails the run and says how to install it.
 */
import type { Page } from 'playwright-core';
import { HAS_CHROMIUM, MISSING_CHROMIUM } from '../../src/dev/chromium.ts';

export { CHROMIUM, HAS_CHROMIUM, launchBrowser, MISSING_CHROMIUM } from '../../src/dev/chromium.ts';

if (!HAS_CHROMIUM) {
  if (process.env.CI) throw new Error(MISSING_CHROMIUM);
  console.warn(`Webbläsartesterna hoppas över: ${MISSING_CHROMIUM}`);
}

/** The Content-Security-Policy the README tells hosts to send; the browser tests run under it. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

/** Collects `page`'s uncaught script errors and its console's errors (a refusal by the Content-Security-Policy is one) from now on. */
export function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));
  return errors;
}
