/**
 * The build's output is written into a fresh folder beside the output folder and swapped in
 * only when complete (two renames on the same file system), so readers of the output see the
 * previous build or the new one, never files of both. A folder that does not look like a
 * previous build (files, but no manifest.json or build-report.json) is never replaced. Hidden
 * entries of the previous folder that are not the build's own (a `.gitkeep`) move to the new one.
 */
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

const sibling = (out: string, suffix: string) => join(dirname(resolve(out)), `.${basename(resolve(out))}.${suffix}`);

async function entriesOf(dir: string): Promise<string[] | null> {
  try {
    if (!(await stat(dir)).isDirectory()) throw new Error(`${dir} is not a folder`);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  return readdir(dir);
}

/** Checks that `out` may be replaced and returns an empty folder to build into. */
export async function prepareNextOut(out: string): Promise<string> {
  const existing = await entriesOf(out);
  const visible = existing?.filter((e) => !e.startsWith('.')) ?? [];
  if (visible.length && !visible.includes('manifest.json') && !visible.includes('build-report.json'))
    throw new Error(`refusing to replace ${out}: it holds files but no manifest.json or build-report.json of a previous build`);
  const next = sibling(out, 'next');
  await rm(next, { recursive: true, force: true });
  await mkdir(next, { recursive: true });
  return next;
}

/** Replaces `out` with the complete build in `next`. */
export async function swapInNextOut(next: string, out: string): Promise<void> {
  const old = sibling(out, 'old');
  await rm(old, { recursive: true, force: true });
  const existing = await entriesOf(out);
  const hadOut = existing !== null;
  for (const e of existing ?? []) if (e.startsWith('.') && e !== '.staging') await rename(join(out, e), join(next, e)).catch(() => undefined);
  if (hadOut) await rename(out, old);
  try {
    await rename(next, out);
  } catch (err) {
    if (hadOut) await rename(old, out);
    throw err;
  }
  await rm(old, { recursive: true, force: true });
}
