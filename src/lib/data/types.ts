/**
 * The generated datasets under `public/data/`: written by `scripts/buildData.ts`, read by the
 * app and downloaded by journalists. Key names are a contract between the two; bump
 * `schemaVersion` on any incompatible change. See ./README.md for the file layout.
 *
 * Alignment rule: every columnar array (`MetricFile.values`, `.approximate`, `.labels`) has one
 * element per `Manifest.reports` entry, in the same order. `null` means blank, not stated or not
 * in this report's template — never 0.
 */
import type { AgencyLevel, ApplicantColumn, CheckRule, Region, Table4Column, Template } from '../report/types';

export const DATASET_SCHEMA_VERSION = 3;

/** The five chart areas; each is a folder of metric files under `public/data/`. */
export const METRIC_GROUPS = ['channels', 'enforcement', 'applications', 'review', 'fees'] as const;
export type MetricGroup = (typeof METRIC_GROUPS)[number];

export interface Label {
  zh: string;
  en: string;
}

// ---------------------------------------------------------------------------------------------
// manifest.json — what every view loads first (compact JSON, one line; stored as `ManifestFile`)
// ---------------------------------------------------------------------------------------------

export interface Manifest {
  schemaVersion: typeof DATASET_SCHEMA_VERSION;
  /** `sha256:<hex>` over every input file's name and bytes (and meta.csv): same inputs, same hash. */
  inputsSha256: string;
  /** Agencies after joining names across years, sorted by `name` (code-point order). */
  agencies: AgencyEntry[];
  /** Every year some report covers, ascending. */
  years: number[];
  /** One entry per kept report, sorted by agency (in `agencies` order), then year, then id. */
  reports: ManifestEntry[];
  /** Every metric a chart can show, in display order (group, then table order). */
  metrics: MetricInfo[];
  /** Same agency and year with different figures: both reports kept, listed here. */
  conflicts: Conflict[];
  /** Every generated file except `reports/<id>.json` and the chart slices (`shards/<n>.json`, `<group>/<key>/…`), relative to the manifest. */
  files: DatasetFile[];
}

export interface AgencyEntry {
  /** Stable, URL-safe: `a` + FNV-1a of `name`. Use it in URLs and selections. */
  id: string;
  /** Display name: the name used in the agency's latest report. */
  name: string;
  /** Every other name seen for this agency (other years' names, names the parser found), sorted. */
  aliases: string[];
  /** Toneless pinyin of `name`, lowercase syllables separated by spaces: `bao ji shi gong an ju`. */
  pinyin: string;
  /** First letters of the syllables: `bjsgaj`. */
  initials: string;
  region: Region;
  /**
   * Toneless pinyin of each part of `region`, one lowercase syllable per character separated by
   * spaces (`huai an shi`), for the English interface (`formatPlaceName`: Huai'an City). Absent in
   * datasets built before it was added.
   */
  regionPinyin?: Region;
  /** Where `region` came from: meta.csv, the report JSON itself, the name via the GB/T 2260 gazetteer, or nowhere. */
  regionFrom: 'meta' | 'report' | 'gazetteer' | null;
  level: AgencyLevel;
  /** Years with at least one report, ascending. */
  years: number[];
}

export interface ManifestEntry {
  /** Report id; the full report is at `reports/<id>.json`. Unique; a conflicting second report gets a `-2` suffix. */
  id: string;
  /** `AgencyEntry.id`. */
  agency: string;
  /** The agency name as this report gives it (may be an alias of the agency's display name). */
  name: string;
  year: number | null;
  /** null: the report has no tables. */
  template: Template | null;
  /** The original report's address, when known (`source.url` of the report JSON). */
  url?: string;
  /** Rules of the consistency checks that failed, in the report's order. */
  failedChecks: CheckRule[];
  /** Set on reports made by the synthetic renderer: never real data. */
  synthetic?: true;
  /** No cell of tables 2–4 could be read (no tables found, e.g. a page saved without its body): charts treat the year as one with nothing to read, not as blanks. */
  noTables?: true;
  /** Index into `Manifest.conflicts` when another report of the same agency and year differs. */
  conflict?: number;
}

/**
 * `core.json`: what every view loads first, a few KB whatever the corpus: the catalogue, years,
 * conflicts, file list and counts, the provinces and cities of the region filters, and how the
 * chart slices are sharded. The agencies and report rows are elsewhere: `agencies.json` (search),
 * `shards/<n>.json` (a chart's agencies and their reports), `manifest.json` (all of them, for the
 * views that list every report).
 */
export interface CoreManifest extends Pick<Manifest, 'schemaVersion' | 'inputsSha256' | 'years' | 'metrics' | 'conflicts' | 'files'> {
  counts: { reports: number; agencies: number };
  /** Years with reports, per template (null: reports without tables), for `calcMetricYears`. */
  reportYears: { template: Template | null; years: number[] }[];
  /** Some report was made by the synthetic renderer: every figure carries the warning. */
  synthetic: boolean;
  /** Provinces with their cities, for the region filters (`calcProvinces`). */
  provinces: Place[];
  /** Number of shards (`shardOf`): `shards/<n>.json` and `<group>/<key>/<n>.json`, n = 0 … shards − 1. */
  shards: number;
}

export interface Place {
  name: string;
  /** `AgencyEntry.regionPinyin`'s syllables for this name. */
  pinyin?: string;
  cities: { name: string; pinyin?: string }[];
}

/** `agencies.json`: every agency (`Manifest.agencies`), for the agency search. */
export interface AgenciesFile {
  schemaVersion: typeof DATASET_SCHEMA_VERSION;
  inputsSha256: string;
  agencies: AgencyEntry[];
}

/**
 * `shards/<n>.json`: the agencies whose id falls in shard n (`shardOf`) with their reports, as
 * `manifest.json` stores them (report columns; `agency` is a position in this file's agencies).
 * A chart of a few agencies loads only their shards.
 */
export interface ShardFile {
  schemaVersion: typeof DATASET_SCHEMA_VERSION;
  inputsSha256: string;
  shard: number;
  agencies: AgencyEntry[];
  reports: ReportColumns;
}

/**
 * `<group>/<key>/top.json`: what a chart with no agency picked needs of all agencies, worked out
 * by the build: the default lines and the years with a value.
 */
export interface MetricTopFile {
  schemaVersion: typeof DATASET_SCHEMA_VERSION;
  inputsSha256: string;
  key: string;
  /** `trendAgencies` over every report of the metric's templates, at most `TREND_PICKS`: the line chart shows the first 5, small multiples 12. */
  trend: string[];
  /** Years in which some report has a value. */
  valuedYears: number[];
}

/**
 * What only the data-quality view and the build's own checks need of a report, kept out of the
 * manifest every view loads: `report-details.json`, one entry per `Manifest.reports` entry.
 */
export interface ReportDetail {
  /** Source file, relative to the corpus folder. */
  file: string;
  /** Number of reading warnings (table not found, extra numbers, …); the texts are in the report JSON. */
  warnings: number;
  /** Number of blank (`null`) cells in tables 2–4 of the report's template. */
  blankCells: number;
  /** The page showed tables 2–4 as images: their cells are blank because there was nothing to read. */
  tablesAsImages?: true;
  /** Other files with identical figures for the same agency and year, dropped in favour of this one. */
  duplicates?: string[];
  /**
   * Cross-year check: this year's 上年结转 (`applications.carriedOver.total`) against the same
   * agency's previous-year 结转下年度 (`applications.carriedForward.total`). Present only when
   * both numbers exist and the previous year has exactly one report.
   */
  crossYear?: CrossYearCheck;
}

/** A manifest entry with its details: what the data-quality view lists. */
export type DetailedEntry = ManifestEntry & ReportDetail;

/**
 * `manifest.json` as stored: the manifest with its report rows as columns (one array per field,
 * aligned with each other), which is under half the gzip size of one object per report. Read
 * it with `unpackManifest` (./unpackManifest.ts); written by `packManifest`.
 */
export interface ManifestFile extends Omit<Manifest, 'reports'> {
  reports: ReportColumns;
}

export interface ReportColumns {
  /** null where the id is the usual one, `<agency id without its leading a>-<year>` (see `usualReportId`). */
  id: (string | null)[];
  /** Position of the report's agency in `agencies`. */
  agency: number[];
  /** The report's own name for the agency; null where it is the agency's display name. */
  name: (string | null)[];
  year: (number | null)[];
  template: (Template | null)[];
  url: (string | null)[];
  failedChecks: CheckRule[][];
  /** Bits: 1 synthetic, 2 noTables. `conflict` comes from `Manifest.conflicts`. */
  flags: number[];
}

/** `report-details.json`: the reports' `ReportDetail`s, aligned with `Manifest.reports`. */
export interface ReportDetailsFile {
  schemaVersion: typeof DATASET_SCHEMA_VERSION;
  inputsSha256: string;
  details: ReportDetail[];
}

export interface CrossYearCheck {
  ok: boolean;
  /** Id of the previous year's report. */
  previous: string;
  /** Previous year's 结转下年度继续办理 (total column). */
  previousCarriedForward: number;
  /** This year's 上年结转 (total column). */
  carriedOver: number;
}

export interface Conflict {
  agency: string;
  year: number | null;
  /** Ids of the reports that disagree, in manifest order. */
  reports: string[];
  /** Metric keys whose values differ (at most 20, catalogue order). */
  differing: string[];
}

export type MetricUnit = 'count' | 'items' | 'yuan' | 'wanYuan' | 'share';

export interface MetricInfo {
  /** Dot path into the report JSON (`active.licensing.decisions`, `applications.granted.total`, `review.corrected`), `channels.<channel>.<metric>`, or `derived.<name>`. */
  key: string;
  group: MetricGroup;
  /** File of values, relative to the manifest: `<group>/<key>.json`. */
  file: string;
  /** Full label, e.g. `予以公开（总计）` / `Granted in full (total)`. */
  label: Label;
  /** For table rows with several columns: the row (`applications.granted`, `review`) and column, to offer a row picker plus a column picker. */
  row?: string;
  rowLabel?: Label;
  column?: ApplicantColumn | Table4Column;
  unit: MetricUnit;
  /** Templates whose reports can have this metric; other reports hold `null`. */
  templates: Template[];
  /** Values may carry the `approximate` flag (余, 多, 约 …): channel metrics. */
  approximate?: true;
  /** For derived metrics: the formula in words and the input keys. */
  derived?: { formula: Label; inputs: string[] };
  /** Number of reports with a non-null value. */
  count: number;
}

export interface DatasetFile {
  path: string;
  /** `csv` and `parquet` are the downloads: `csv/<group>.csv`, `csv/figures.csv.gz`, `parquet/figures.parquet`. */
  kind: 'manifest' | 'core' | 'agencies' | 'reportDetails' | 'buildReport' | 'areaIndex' | 'metric' | 'csv' | 'parquet';
  group?: MetricGroup;
  /** Downloads only: the file's size in bytes, set by the build once written (absent in a dataset imported in the browser). */
  bytes?: number;
}

// ---------------------------------------------------------------------------------------------
// <group>/index.json and <group>/<key>.json — columnar values (compact JSON, one line)
// ---------------------------------------------------------------------------------------------

export interface AreaIndex {
  schemaVersion: typeof DATASET_SCHEMA_VERSION;
  inputsSha256: string;
  group: MetricGroup;
  /** The group's metrics (same objects as in the catalogue) with value ranges. */
  metrics: (MetricInfo & { min: number | null; max: number | null })[];
}

export interface MetricFile {
  schemaVersion: typeof DATASET_SCHEMA_VERSION;
  /** Same as the manifest's: a file from another build is detectable. */
  inputsSha256: string;
  key: string;
  /** One value per `Manifest.reports` entry. Shares are fractions 0–1 rounded to 4 decimals. */
  values: (number | null)[];
  /** Channel metrics only: true where the report says 余/多/约/超过/近/以上 (for a sum: any part). */
  approximate?: boolean[];
  /** Channel metrics only: the report's own wording of the channel(s), joined by `；` — for tooltips. */
  labels?: (string | null)[];
}

// ---------------------------------------------------------------------------------------------
// csv/*.csv, csv/figures.csv.gz, parquet/figures.parquet — downloads (CSV: UTF-8 with BOM, comma,
// CRLF, formula-injection safe; the long table gzipped, and as Parquet with the same columns)
// ---------------------------------------------------------------------------------------------

/** Columns of the long table (`csv/figures.csv.gz`, `parquet/figures.parquet`): one row per figure (blank cells of the report's template included, value empty; none for the other template's cells). */
export const FIGURES_CSV_COLUMNS = [
  'report_id',
  'agency_id',
  'agency',
  'province',
  'city',
  'county',
  'year',
  'template',
  'metric',
  'metric_label',
  'applicant_column',
  'value',
  'approximate',
  'failed_checks',
] as const;

/** Leading columns of `csv/<group>.csv` (one row per report), followed by one column per metric key of the group. */
export const AREA_CSV_COLUMNS = ['report_id', 'agency_id', 'agency', 'province', 'city', 'county', 'level', 'year', 'template', 'failed_checks', 'synthetic', 'source_url'] as const;

// ---------------------------------------------------------------------------------------------
// build-report.json — what became of every input file (pretty JSON)
// ---------------------------------------------------------------------------------------------

export interface BuildReport {
  schemaVersion: typeof DATASET_SCHEMA_VERSION;
  inputsSha256: string;
  counts: {
    files: number;
    parsed: number;
    failedChecks: number;
    duplicates: number;
    conflicts: number;
    errors: number;
    agencies: number;
    crossYearMismatches: number;
    /** Pages whose tables are images (parsed, cells blank). */
    tablesAsImages: number;
    /** Entries of the corpus folder that are no report input (see the `skipped` outcome). */
    skipped?: number;
  };
  /** The corpus folder's `meta.csv` (overrides of agency, year, region per file), if it has one. */
  metaCsv: { errors: string[] } | null;
  /** Every input file, in file order (code points of the corpus-relative path). */
  files: BuildOutcome[];
  /** Names joined into one agency, and why: for checking the joins by eye. */
  joins: AgencyJoin[];
}

export type BuildOutcome =
  | ({ file: string; outcome: 'parsed'; id: string } & ReadNotes)
  | ({ file: string; outcome: 'failedChecks'; id: string; failedChecks: CheckRule[] } & ReadNotes)
  /** Same agency and year as `of`, with identical figures: not kept. */
  | { file: string; outcome: 'duplicate'; of: string }
  /** Same agency and year as other reports, with different figures: kept, see `Manifest.conflicts[conflict]`. */
  | ({ file: string; outcome: 'conflict'; id: string; conflict: number; failedChecks: CheckRule[] } & ReadNotes)
  | { file: string; outcome: 'error'; reason: string }
  /** Not a report input (a hidden folder, a symbolic link, a FIFO, a file without a report extension): not read, and why. */
  | { file: string; outcome: 'skipped'; reason: string };

/** What the parser noted while reading a kept report. */
export interface ReadNotes {
  /** The page showed tables 2–4 as images: their cells are blank because there was nothing to read. */
  tablesAsImages?: true;
  /** Reading warnings (table not found, extra numbers, a row whose blanks cannot be placed …), as the parser words them. */
  warnings?: string[];
}

export interface AgencyJoin {
  agency: string;
  name: string;
  /** Years of the reports under the display name. */
  years: number[];
  /**
   * The other names joined into it, each with the rule that joined it and the years of its
   * reports (evidence: joined names never share a year). Rules: `alias` (one report names the
   * other), `placePrefix` (济源示范区/济源市, a branch with or without its city bureau),
   * `governmentName` (平潭综合实验区 / …管委会 / …人民政府), `redistricted` (…县… before …区…).
   */
  joined: { name: string; rule: 'alias' | 'placePrefix' | 'governmentName' | 'redistricted'; years: number[] }[];
}
