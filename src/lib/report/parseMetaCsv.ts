/**
 * A corpus folder's sidecar `meta.csv` → per-file overrides of agency, year,
 * region and the original report's URL. Columns (header names, any order): file,
 * agency, year, province, city, county, url. Empty cells override nothing.
 */
import Papa from 'papaparse';
import { maybeSourceUrl } from './maybeSourceUrl';
import type { MetaOverride } from './parseReport';

export interface MetaTable {
  overrides: Map<string, MetaOverride>;
  errors: string[];
}

export function parseMetaCsv(text: string): MetaTable {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\ufeff/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim().toLowerCase(),
  });
  const overrides = new Map<string, MetaOverride>();
  const errors = parsed.errors.map((e) => `meta.csv row ${(e.row ?? 0) + 2}: ${e.message}`);
  if (!parsed.meta.fields?.includes('file')) errors.push('meta.csv: no "file" column');
  parsed.data.forEach((row, i) => {
    const file = row.file?.trim();
    if (!file) return;
    const meta: MetaOverride = {};
    if (row.agency?.trim()) meta.agency = row.agency.trim();
    if (row.year?.trim()) {
      const year = Number(row.year.trim());
      if (Number.isInteger(year) && year >= 1990 && year <= 2100) meta.year = year;
      else errors.push(`meta.csv row ${i + 2}: year "${row.year}" is not a year`);
    }
    if (row.url?.trim()) {
      const url = maybeSourceUrl(row.url);
      if (url) meta.url = url;
      else errors.push(`meta.csv row ${i + 2}: url "${row.url.trim().slice(0, 80)}" is not an http(s) address`);
    }
    for (const k of ['province', 'city', 'county'] as const)
      if (row[k]?.trim()) (meta.region ??= {})[k] = row[k].trim();
    overrides.set(file, meta);
  });
  return { overrides, errors };
}

/** The override for a file, matched by its corpus-relative path or its bare name. */
export function metaFor(table: MetaTable, file: string): MetaOverride | undefined {
  return table.overrides.get(file) ?? table.overrides.get(file.split(/[\\/]/).pop() ?? file);
}
