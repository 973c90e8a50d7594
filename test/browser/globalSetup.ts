/**
 * Serves the built site (`dist/`) on 127.0.0.1 with Vite's preview() API for the browser tests,
 * under a sub-path so that every test also proves the site needs no server rewrites.
 * Started and closed here, in-process: a killed `npx vite preview` leaves a child behind.
 */
import { existsSync } from 'node:fs';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';

/** Fixed by default; BROWSER_TEST_PORT lets two checkouts on one machine run their browser tests at once. */
export const PORT = Number(process.env.BROWSER_TEST_PORT) || 4179;
export const SUB_PATH = '/sub/path/';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the built site's index page, ending in `/`. */
    siteUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) throw new Error('dist/index.html missing: run `npm run build` first');
  const server = await preview({
    configFile: false,
    logLevel: 'warn',
    base: SUB_PATH,
    build: { outDir: 'dist' },
    preview: { host: '127.0.0.1', port: PORT, strictPort: true, open: false },
  });
  project.provide('siteUrl', `http://127.0.0.1:${PORT}${SUB_PATH}`);
  return async () => {
    await server.close();
  };
}
