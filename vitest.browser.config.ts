import { defineConfig } from 'vitest/config';

// Browser tests: playwright-core + Debian's Chromium against the built site (`dist/`), served by
// Vite's preview() from the global setup. `npm test` builds first; run alone with
// `npx vitest run --config vitest.browser.config.ts` after `npm run build`.
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/browser/globalSetup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // One Chromium per test file is plenty on a small machine.
    fileParallelism: false,
  },
});
