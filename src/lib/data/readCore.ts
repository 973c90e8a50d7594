/**
 * The dataset's core manifest (`core.json`) from a data source, what every view loads first. A
 * file of another dataset version (a cached page of an older site) is refused with a message
 * saying so, as `unpackManifest` refuses an old `manifest.json`.
 */
import type { DataSource } from './dataCache';
import { DATASET_SCHEMA_VERSION, type CoreManifest } from './types';

export async function readCore(read: DataSource): Promise<CoreManifest> {
  const core = (await read('core.json')) as CoreManifest;
  if (core?.schemaVersion !== DATASET_SCHEMA_VERSION || !Array.isArray(core.reportYears) || !(core.shards >= 1))
    throw new Error(
      `core.json 的数据格式版本为 ${String(core?.schemaVersion)}，本页面需要 ${DATASET_SCHEMA_VERSION}；请重新构建数据或刷新页面 · ` +
        `core.json has dataset version ${String(core?.schemaVersion)}, this page needs ${DATASET_SCHEMA_VERSION}: rebuild the data or reload`,
    );
  return core;
}
