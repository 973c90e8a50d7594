import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// base './' keeps every asset URL relative, so the built site runs under any sub-path
// of any static server without rewrite rules.
export default defineConfig({
  base: './',
  plugins: [svelte()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Two pages side by side: the dashboard and the chart-only embed page (its own small entry).
    rollupOptions: { input: { index: 'index.html', embed: 'embed.html' } },
  },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['test/browser/**', 'node_modules/**'],
    environment: 'node',
    // The round-trip suites parse hundreds of synthetic reports in their first test; on a
    // loaded 2-core CI machine that can pass vitest's 5 s default. Timeouts are not speed tests.
    testTimeout: 60_000,
  },
});
