/**
 * A corpus folder's sidecar `meta.csv` → per-file overrides of agency, year,
 * region and the original report's URL. Columns (header names, any order): file,
 * agency, year, province, city, county, url. Empty cells override nothing. A row
 * with an over-long cell is ignored with an error; a row naming no file, or a file
 * a row before it named, gets a warning (the first row for a file wins).
 */
import Papa from 'papaparse';
import { decodeBytes } from './decodeBytes';
import { maybeSourceUrl } from './maybeSourceUrl';
import type { MetaOverride } from './parseReport';

export interface MetaTable {
  overrides: Map<string, MetaOverride>;
  /** The 1-based CSV line of each file's row (the header is line 1). */
  rowOf: Map<string, number>;
  errors: string[];
}

/** Longest meta.csv cell: names and paths, never paragraphs (a URL may be longer). */
export const MAX_META_CELL = 300;
const MAX_URL_CELL = 2048;

export function parseMetaCsv(text: string): MetaTable {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\ufeff/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim().toLowerCase(),
  });
  const overrides = new Map<string, MetaOverride>();
  const rowOf = new Map<string, number>();
  const errors = parsed.errors.map((e) => `meta.csv row ${(e.row ?? 0) + 2}: ${e.message}`);
  if (!parsed.meta.fields?.includes('file')) errors.push('meta.csv: no "file" column');
  parsed.data.forEach((row, i) => {
    const line = i + 2;
    const max = (column: string) => (column === 'url' ? MAX_URL_CELL : MAX_META_CELL);
    const long = Object.entries(row).find(([k, v]) => typeof v === 'string' && v.length > max(k));
    if (long) {
      errors.push(`meta.csv row ${line}: column "${long[0].slice(0, 40)}" is ${long[1].length} characters long (at most ${max(long[0])}); row ignored`);
      return;
    }
    const file = row.file?.trim();
    if (!file) {
      if (Object.values(row).some((v) => typeof v === 'string' && v.trim())) errors.push(`meta.csv row ${line}: no file named; row ignored`);
      return;
    }
    if (overrides.has(file)) {
      errors.push(`meta.csv row ${line}: "${file}" already has row ${rowOf.get(file)}; row ignored`);
      return;
    }
    const meta: MetaOverride = {};
    if (row.agency?.trim()) meta.agency = row.agency.trim();
    if (row.year?.trim()) {
      const year = Number(row.year.trim());
      if (Number.isInteger(year) && year >= 1990 && year <= 2100) meta.year = year;
      else errors.push(`meta.csv row ${line}: year "${row.year}" is not a year`);
    }
    if (row.url?.trim()) {
      const url = maybeSourceUrl(row.url);
      if (url) meta.url = url;
      else errors.push(`meta.csv row ${line}: url "${row.url.trim().slice(0, 80)}" is not an http(s) address`);
    }
    for (const k of ['province', 'city', 'county'] as const)
      if (row[k]?.trim()) (meta.region ??= {})[k] = row[k].trim();
    overrides.set(file, meta);
    rowOf.set(file, line);
  });
  return { overrides, rowOf, errors };
}

/** meta.csv's bytes as saved by any spreadsheet (UTF-8, GB18030 or UTF-16, like the reports) → its table. */
export function readMetaCsv(bytes: Uint8Array): MetaTable {
  const decoded = decodeBytes(bytes, { what: 'meta.csv' });
  return decoded.ok ? parseMetaCsv(decoded.text) : { overrides: new Map(), rowOf: new Map(), errors: [`meta.csv: ${decoded.error}`] };
}

/** The override for a file, matched by its corpus-relative path or its bare name. */
export function metaFor(table: MetaTable, file: string): MetaOverride | undefined {
  return table.overrides.get(file) ?? table.overrides.get(file.split(/[\\/]/).pop() ?? file);
}

/** Warnings for rows that match none of the corpus files. */
export function unmatchedMetaRows(table: MetaTable, files: readonly string[]): string[] {
  const names = new Set(files);
  for (const f of files) names.add(f.split(/[\\/]/).pop() ?? f);
  return [...table.rowOf].filter(([file]) => !names.has(file)).map(([file, line]) => `meta.csv row ${line}: no corpus file "${file.slice(0, 80)}"; row unused`);
}
