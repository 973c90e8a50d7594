/** `core.json` of a manifest: everything but the agencies and report rows, plus counts, the years per template and the region filters' places. */
import { calcProvinces } from './calcProvinces';
import type { CoreManifest, Manifest } from './types';
import type { Template } from '../report/types';

export function calcCoreManifest(manifest: Manifest, shards: number): CoreManifest {
  const byTemplate = new Map<Template | null, Set<number>>();
  for (const r of manifest.reports) if (r.year !== null) (byTemplate.get(r.template) ?? byTemplate.set(r.template, new Set()).get(r.template)!).add(r.year);
  const order = (t: Template | null) => (t === null ? '' : t);
  const reportYears = [...byTemplate]
    .sort(([a], [b]) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0))
    .map(([template, years]) => ({ template, years: [...years].sort((a, b) => a - b) }));
  const { schemaVersion, inputsSha256, years, metrics, conflicts, files } = manifest;
  return {
    schemaVersion,
    inputsSha256,
    years,
    metrics,
    conflicts,
    files,
    counts: { reports: manifest.reports.length, agencies: manifest.agencies.length },
    reportYears,
    synthetic: manifest.reports.some((r) => r.synthetic),
    provinces: calcProvinces(manifest.agencies),
    shards,
  };
}
