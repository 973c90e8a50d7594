/** A parsed report → its record (see ./reportRecord.ts), with the region read from the name if the report has none. */
import { getPath, reportCellPaths } from '../report/schema';
import type { Report } from '../report/types';
import { calcMetricValues } from './metrics/calcMetricValues';
import type { Gazetteer } from './region/gazetteer';
import { inferRegion } from './region/inferRegion';
import type { ReportRecord } from './reportRecord';

const blankPaths = new Map<string, string[]>();

function countBlanks(report: Report): number {
  const key = `${report.template ?? 'none'}/${report.table2Template ?? report.template ?? 'none'}`;
  let paths = blankPaths.get(key);
  if (!paths) blankPaths.set(key, (paths = reportCellPaths(report)));
  let n = 0;
  for (const p of paths) if (getPath(report, p) === null || getPath(report, p) === undefined) n++;
  return n;
}

/**
 * Fills `report.agency.region` in place when the report has none (meta.csv and report JSON win
 * over the gazetteer), so that the staged report JSON carries it too.
 */
export function calcReportRecord(report: Report, index: number, file: string, g: Gazetteer, hadMetaRegion: boolean): ReportRecord {
  const r = report.agency.region;
  let regionFrom: ReportRecord['regionFrom'] = null;
  if (r.province || r.city || r.county) regionFrom = hadMetaRegion ? 'meta' : 'report';
  else {
    // The gazetteer is simplified: a traditional name is looked up in its simplified form.
    report.agency.region = inferRegion(report.agency.simplifiedName ?? report.agency.name, g);
    if (report.agency.region.province) regionFrom = 'gazetteer';
  }
  const { values, notes } = calcMetricValues(report);
  return {
    index,
    file,
    url: report.source.url ?? null,
    sha256: report.source.sha256,
    id: report.id,
    name: report.agency.name,
    aliases: report.agency.aliases,
    region: report.agency.region,
    regionFrom,
    level: report.agency.level,
    year: report.year,
    template: report.template,
    failedChecks: report.checks.filter((c) => !c.ok).map((c) => c.rule),
    warnings: report.warnings,
    blankCells: countBlanks(report),
    synthetic: report.synthetic === true,
    tablesAsImages: report.tablesAsImages === true,
    values,
    notes,
  };
}
