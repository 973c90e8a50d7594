/** The dataset's manifest from a data source (the site's `./data/` or an imported dataset), unpacked for the views. */
import type { DataSource } from './dataCache';
import type { Manifest, ManifestFile } from './types';
import { unpackManifest } from './unpackManifest';

export async function readManifest(read: DataSource): Promise<Manifest> {
  return unpackManifest((await read('manifest.json')) as ManifestFile);
}
