import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/**
 * pdfjsAssets: pdfjs's character maps and standard fonts as static files of the site, at
 * `pdfjs/cmaps/` and `pdfjs/standard_fonts/` (2.5 MB, fetched one file at a time and only
 * when a PDF whose fonts need them is imported). Served from node_modules in dev, copied
 * into the build.
 */
function pdfjsAssets(): Plugin {
  const FOLDERS = ['cmaps', 'standard_fonts'];
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return {
    name: 'pdfjs-assets',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const m = /\/pdfjs\/(cmaps|standard_fonts)\/([\w.-]+)$/.exec(req.url?.split('?')[0] ?? '');
        if (!m) return next();
        try {
          res.end(readFileSync(join(root, m[1], m[2])));
        } catch {
          next();
        }
      });
    },
    generateBundle() {
      for (const folder of FOLDERS)
        for (const name of readdirSync(join(root, folder)).sort())
          if (!name.startsWith('.') && !/\.(md|txt)$/i.test(name) && !name.includes('LICENSE'))
            this.emitFile({ type: 'asset', fileName: `pdfjs/${folder}/${name}`, source: readFileSync(join(root, folder, name)) });
    },
  };
}

/**
 * d3PureCurves: d3-shape makes its tunable curves (bundle, cardinal, Catmull–Rom …) with calls
 * run when the module loads, `(function custom(beta) {…})(0.85)`, which a bundler must keep even
 * when nothing uses them: ~2 KB gzip of curves in every chart chunk that draws a plain line.
 * Marking those calls pure lets them go when unused; d3's code is otherwise untouched.
 */
function d3PureCurves(): Plugin {
  return {
    name: 'd3-pure-curves',
    transform(code, id) {
      if (!/[\\/]d3-shape[\\/]dist[\\/]d3-shape\.mjs$/.test(id)) return null;
      return { code: code.replaceAll('= (function custom(', '= /*#__PURE__*/ (function custom('), map: null };
    },
  };
}

// base './' keeps every asset URL relative, so the built site runs under any sub-path
// of any static server without rewrite rules.
export default defineConfig({
  base: './',
  plugins: [svelte(), pdfjsAssets(), d3PureCurves()],
  // d3-scale's numbers-only interpolators, without d3-color (see interpolateNumbers.ts).
  resolve: { alias: [{ find: /^d3-interpolate$/, replacement: fileURLToPath(new URL('./src/lib/charts/common/interpolateNumbers.ts', import.meta.url)) }] },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Two pages side by side: the dashboard and the chart-only embed page (its own small entry).
    rollupOptions: { input: { index: 'index.html', embed: 'embed.html' } },
  },
  // The import worker is a module worker: its dynamic imports (the PDF and Word readers) stay chunks of
  // their own, fetched only when such a file arrives.
  worker: { format: 'es' },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['test/browser/**', 'node_modules/**'],
    environment: 'node',
    // The round-trip suites parse hundreds of synthetic reports in their first test; on a
    // loaded 2-core CI machine that can pass vitest's 5 s default. Timeouts are not speed tests.
    testTimeout: 60_000,
  },
});
