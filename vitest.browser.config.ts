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
    // expect.poll gives a page 1 s by default; on a loaded 2-core CI machine a page that fetches its strings,
    // its manifest and a report may take longer to draw. A condition that never holds still fails.
    expect: { poll: { timeout: 10_000 } },
    // One Chromium per test file is plenty on a small machine.
    fileParallelism: false,
  },
});
