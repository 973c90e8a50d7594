/**
 * A site of its own for a browser test: the given corpus files built by build:data into a
 * temporary folder beside a copy of the built app (dist/ but its data: both pages, assets, fonts),
 * served under `base` on `port`.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preview } from 'vite';

export interface CorpusSite {
  url: string;
  close: () => Promise<void>;
}

/** BROWSER_TEST_PORT moves the main site (default 4179); every corpus site moves by as much, so two checkouts' runs do not meet. */
const SHIFT = process.env.BROWSER_TEST_PORT ? Number(process.env.BROWSER_TEST_PORT) - 4179 : 0;

export async function serveCorpusSite(files: Record<string, string>, base: string, wanted: number): Promise<CorpusSite> {
  const port = wanted + SHIFT;
  const dir = mkdtempSync(join(tmpdir(), 'corpus-site-'));
  const corpus = join(dir, 'corpus');
  const site = join(dir, 'site');
  mkdirSync(corpus);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(corpus, name), content);
  execFileSync('node_modules/.bin/tsx', ['scripts/buildData.ts', corpus, '--out', join(site, 'data')], { stdio: 'pipe' });
  for (const name of readdirSync('dist')) if (name !== 'data') cpSync(join('dist', name), join(site, name), { recursive: true });
  const server = await preview({ configFile: false, logLevel: 'warn', base, build: { outDir: site }, preview: { host: '127.0.0.1', port, strictPort: true, open: false } });
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
