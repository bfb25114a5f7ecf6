import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (pure and in-process tests, the fast loop: `npm run test:unit`) and
 * `e2e` (whole builds, CLIs as child processes, the preview server, Chromium). `npm test` runs both.
 */
const E2E = ['test/e2e/**/*.test.ts', 'test/**/*.e2e.test.ts', 'test/**/*.browser.test.ts'];

export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: E2E, setupFiles: ['test/support/cleanup.ts'], testTimeout: 60_000 },
      },
      { test: { name: 'e2e', include: E2E, setupFiles: ['test/support/cleanup.ts'], testTimeout: 120_000, hookTimeout: 180_000 } },
    ],
  },
});
