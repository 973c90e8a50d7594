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

/**
 * The embed's line chart in one chunk: the modules the embed page fetches before its first chart
 * (besides the Svelte runtime and the entry) were a dozen small chunks shared with the dashboard,
 * each gzipped alone and each importing the others: ~4 KB gzip more than one file. Grouping them
 * keeps the embed under its 50 KB budget (`bench:app --chunks`). A module left out of this list
 * only stays in a chunk of its own; none of these is in the dashboard's first load.
 */
const EMBED_CHART = new Set(
  [
    'node_modules/d3-format/dist/d3-format.mjs',
    'node_modules/d3-array/dist/d3-array.mjs',
    'node_modules/d3-scale/dist/d3-scale.mjs',
    'src/lib/charts/common/calcAxisFormat.ts',
    'src/lib/charts/common/palette.ts',
    'src/lib/charts/common/calcSeriesColors.ts',
    'src/lib/charts/common/interpolateNumbers.ts',
    'src/lib/charts/common/calcValueScale.ts',
    'src/lib/charts/common/AxisX.svelte',
    'src/lib/charts/common/AxisY.svelte',
    'src/lib/charts/common/focus.svelte.ts',
    'src/lib/charts/common/pointerHint.ts',
    'src/lib/charts/common/RowTooltip.svelte',
    'src/lib/charts/common/tapGate.ts',
    'src/lib/charts/common/Tooltip.svelte',
    'src/lib/charts/rankedChart/calcRankedChart.ts',
    'src/lib/charts/trend/calcTemplateRule.ts',
    'src/lib/charts/trend/calcYearChange.ts',
    'src/lib/charts/trend/applyChartMode.ts',
    'src/lib/charts/trend/ChangeLines.svelte',
    'src/lib/charts/trend/TemplateRule.svelte',
    'src/lib/charts/trend/TemplateRuleNote.svelte',
    'src/lib/charts/trend/formatChange.ts',
    'src/lib/charts/lineChart/lineChartContext.ts',
    'src/lib/charts/lineChart/LineMarks.svelte',
    'src/lib/charts/lineChart/LineChart.svelte',
    'src/lib/charts/lineChart/placeYearLine.ts',
    'node_modules/d3-shape/dist/d3-shape.mjs',
    'node_modules/d3-path/dist/d3-path.mjs',
    'src/lib/charts/lineChart/calcLineChart.ts',
    'src/lib/data/matchesFilters.ts',
    'src/lib/data/templateFits.ts',
    'src/lib/data/calcMetricRows.ts',
    'src/lib/data/calcMetricYears.ts',
    'src/lib/dataset/metrics/derivedMetrics.ts',
    'src/lib/explore/calcSeries.ts',
    'src/lib/explore/calcExploreChart.ts',
    'src/lib/export/calcDrawnReports.ts',
    'src/lib/export/calcFigureSources.ts',
    'src/lib/export/chartFigure.ts',
    'src/lib/export/calcSourceParts.ts',
    'src/lib/export/calcSourceLine.ts',
    'src/lib/export/withSources.ts',
    'src/lib/export/countDrawnSeries.ts',
    'src/lib/export/calcExploreFigure.ts',
    'src/lib/i18n/displayName.ts',
    'src/lib/i18n/formatValue.ts',
    'src/lib/i18n/Name.svelte',
    'src/lib/i18n/quoteText.ts',
    'src/lib/i18n/formatPinyin.ts',
    'src/lib/i18n/glossedName.ts',
    'src/lib/share/calcShareLinks.ts',
  ].map((f) => fileURLToPath(new URL(`./${f}`, import.meta.url))),
);
const inEmbedChart = (id: string) => EMBED_CHART.has(id.split('?')[0]);

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
    rollupOptions: { input: { index: 'index.html', embed: 'embed.html' }, output: { codeSplitting: { groups: [{ name: 'chart', test: inEmbedChart, includeDependenciesRecursively: false }] } } },
  },
  // The import worker is a module worker: its dynamic imports (the PDF and Word readers) stay chunks of
  // their own, fetched only when such a file arrives.
  worker: { format: 'es' },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['test/browser/**', 'node_modules/**'],
    environment: 'node',
    // The interface strings load per language (i18n/loadStrings.ts); unit tests use both.
    setupFiles: ['test/setup/loadAllStrings.ts'],
    // The round-trip suites parse hundreds of synthetic reports in their first test; on a
    // loaded 2-core CI machine that can pass vitest's 5 s default. Timeouts are not speed tests.
    testTimeout: 60_000,
  },
});
