/**
 * Report document → report JSON, in pure stages:
 * decode → lines → segment into sections → read tables → read narrative → check.
 * No Node APIs: the build script and the browser run this same code.
 */
import { coverYear } from './coverYear';
import { decodeBytes, MAX_REPORT_BYTES } from './decodeBytes';
import { detectFormat } from './detectFormat';
import { MAX_DOCX_BYTES } from './docx/maxDocxBytes';
import { decodeHtml, MAX_HTML_BYTES } from './html/decodeHtml';
import { htmlToText } from './html/htmlToText';
import { opensWithTitle } from './html/opensWithTitle';
import { PageTooLargeError } from './html/parsePage';
import { MAX_PDF_BYTES } from './pdf/maxPdfBytes';
import { inferAgencyName } from './inferAgencyName';
import { inferLevel } from './inferLevel';
import { maybeSourceUrl } from './maybeSourceUrl';
import { parseNarrative } from './narrative/parseNarrative';
import { parsePageHeader } from './parsePageHeader';
import { parseSignature } from './parseSignature';
import { parseSourceUrl } from './parseSourceUrl';
import { parseTitle } from './parseTitle';
import { createReadState } from './readState';
import { readTables } from './readTables';
import { reportId } from './reportId';
import { runChecks } from './runChecks';
import { segmentReport } from './segmentReport';
import { createTextDocument, type TextDocument } from './textDocument';
import type { Region, Report, Source, SourceFormat } from './types';
import { validateReportJson } from './validateReportJson';
import { webCryptoSha256 } from './webCryptoSha256';

/** Per-file overrides, e.g. from a corpus folder's meta.csv. */
export interface MetaOverride {
  agency?: string;
  year?: number;
  /** The original report's address (meta.csv `url`). */
  url?: string;
  region?: Partial<Region>;
}

export interface ParseOptions {
  /** File path relative to the corpus root, or the name as given. */
  file: string;
  format?: SourceFormat;
  meta?: MetaOverride;
  /**
   * SHA-256 of the bytes as hex. Defaults to Web Crypto (browser and Node alike);
   * the Node scripts pass node:crypto's, which is much faster on small inputs.
   */
  sha256?: (bytes: Uint8Array) => string | Promise<string>;
}

export type ParseOutcome = { ok: true; report: Report } | { ok: false; file: string; error: string };

/** Warning of a page whose tables are pictures; the build report can rely on this prefix (and on `report.tablesAsImages`). */
export const TABLES_AS_IMAGES = '表格为图片，未能读取';

export const SYNTHETIC_MARKER = /合成数据|synthetic test data/i;

export function formatOf(file: string): SourceFormat | null {
  const ext = /\.([^./\\]+)$/.exec(file)?.[1]?.toLowerCase() ?? '';
  if (ext === 'txt' || ext === 'text' || ext === '') return 'txt';
  if (ext === 'md' || ext === 'markdown') return 'md';
  if (ext === 'html' || ext === 'htm') return 'html';
  if (ext === 'json') return 'json';
  if (ext === 'pdf') return 'pdf';
  if (ext === 'docx' || ext === 'docm') return 'docx';
  return null;
}

/**
 * The largest input of a format the parser reads: HTML pages carry script, style and images it
 * never keeps, Word documents images too. A file of a format not read (null) is looked at up to
 * the largest, so that its outcome can say what it is.
 */
export function maxInputBytes(format: SourceFormat | null): number {
  if (format === 'pdf') return MAX_PDF_BYTES;
  if (format === 'docx') return MAX_DOCX_BYTES;
  if (format === null) return Math.max(MAX_PDF_BYTES, MAX_DOCX_BYTES, MAX_HTML_BYTES);
  return format === 'html' ? MAX_HTML_BYTES : MAX_REPORT_BYTES;
}

type TextOptions = Omit<ParseOptions, 'sha256'> & { encoding?: string; sha256?: string; pageUrl?: string | null };

function readReport(text: string, opts: TextOptions): { report: Report; tablesFound: number } {
  const doc = createTextDocument(text);
  const sections = segmentReport(doc);
  const title = parseTitle(doc);
  const year = opts.meta?.year ?? coverYear(doc, title.year);
  const state = createReadState();
  const { tables, found } = readTables(doc, sections, year, state);
  const prose = parseNarrative(doc, sections);

  const signature = parseSignature(doc);
  const names = inferAgencyName(doc, title.agency, [parsePageHeader(doc).publisher, signature.agency]);
  const name = opts.meta?.agency ?? names?.name ?? title.agency ?? '';
  const aliases = (names?.aliases ?? []).filter((a) => a !== name);
  if (opts.meta?.agency && names?.name && names.name !== name) aliases.unshift(names.name);
  if (!name) state.warnings.push('未能识别机关名称');
  else if (names?.unsure && !opts.meta?.agency) state.warnings.push(names.unsure);
  if (year === null) state.warnings.push('未能识别报告年度');
  const url = maybeSourceUrl(opts.meta?.url) ?? opts.pageUrl ?? parseSourceUrl(doc);

  const report: Report = {
    schemaVersion: 1,
    id: reportId(name, year),
    source: {
      file: opts.file,
      sha256: opts.sha256 ?? '',
      encoding: opts.encoding ?? 'utf-8',
      format: opts.format ?? formatOf(opts.file) ?? 'txt',
      ...(url ? { url } : {}),
    },
    agency: {
      name,
      ...(!opts.meta?.agency && names?.simplifiedName ? { simplifiedName: names.simplifiedName } : {}),
      aliases: [...new Set(aliases)],
      region: { province: null, city: null, county: null, ...opts.meta?.region },
      level: inferLevel(names?.simplifiedName && !opts.meta?.agency ? names.simplifiedName : name),
    },
    year,
    publishedOn: signature.date,
    ...tables,
    channels: prose.channels,
    infoProcessingFeeYuan: prose.infoProcessingFeeYuan,
    narrative: prose.narrative,
    checks: [],
    evidence: Object.assign(state.evidence, prose.evidence),
    warnings: state.warnings,
  };
  report.checks = runChecks(report);
  if (doc.lines.slice(0, 12).some((l) => SYNTHETIC_MARKER.test(l.text))) report.synthetic = true;
  return { report, tablesFound: found };
}

/** Report text → report JSON; failed checks and warnings are part of the report, never errors. */
export function parseReportText(text: string, opts: TextOptions): Report {
  return readReport(text, opts).report;
}

function readReportJson(text: string, source: Omit<Source, 'format'>): ParseOutcome {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, file: source.file, error: `invalid JSON: ${(e as Error).message}` };
  }
  const result = validateReportJson(value, source);
  return result.ok ? result : { ok: false, file: source.file, error: `invalid report JSON: ${result.error}` };
}

/** An HTML page → report, through its text form (see html/README.md). */
async function readHtmlPage(bytes: Uint8Array, opts: ParseOptions): Promise<ParseOutcome> {
  const decoded = decodeHtml(bytes);
  if (!decoded.ok) return { ok: false, file: opts.file, error: decoded.error };
  return readHtml(decoded.text, bytes, { ...opts, format: 'html' }, decoded.encoding, decoded.warnings);
}

/**
 * The format readers loaded on first use, each import kept: a second `import()` of a loaded module
 * still costs a resolution (through the loader hooks' thread under tsx, ~1 ms a call), per file read.
 * A failed load (a chunk not fetched) is not kept, so the next file tries again.
 */
const once = <T>(load: () => Promise<T>) => {
  let loading: Promise<T> | null = null;
  return () =>
    (loading ??= load().catch((e) => {
      loading = null;
      throw e;
    }));
};
const loadDocxReader = once(() => import('./docx/docxToHtml'));
const loadPdfReader = once(() => import('./pdf/readPdf'));

/** A Word document → report, through the HTML of its body (see docx/README.md). */
async function readDocx(bytes: Uint8Array, opts: ParseOptions): Promise<ParseOutcome> {
  const { docxToHtml } = await loadDocxReader();
  const converted = await docxToHtml(bytes);
  if (!converted.ok) return { ok: false, file: opts.file, error: converted.error };
  return readHtml(converted.html, bytes, { ...opts, format: 'docx' }, 'utf-8');
}

/** HTML (a page, or a document's body) → report; `bytes` are the file's, for its hash. */
async function readHtml(
  html: string,
  bytes: Uint8Array,
  opts: ParseOptions & { format: SourceFormat },
  encoding: string,
  /** Decoding warnings (bytes replaced), first in the report's warnings. */
  warnings?: string[],
): Promise<ParseOutcome> {
  const what = opts.format === 'html' ? 'page' : 'document';
  let page: ReturnType<typeof htmlToText>;
  try {
    page = htmlToText(html);
  } catch (e) {
    if (e instanceof PageTooLargeError) return { ok: false, file: opts.file, error: `${what} too large to be one report: ${e.message}` };
    throw e;
  }
  if (!page.text.trim()) return { ok: false, file: opts.file, error: `no report found: the ${what} shows no text` };
  const sha256 = await (opts.sha256 ?? webCryptoSha256)(bytes);
  const { report, tablesFound } = readReport(page.text, { ...opts, encoding, sha256, pageUrl: page.url });
  if (warnings) report.warnings.unshift(...warnings);
  if (tablesFound < 3 && page.images > 0) {
    report.warnings.push(`${TABLES_AS_IMAGES}（${page.images} 张图片）`);
    report.tablesAsImages = true;
  }
  // A page without tables must at least carry a report title: web pages name agencies and years everywhere.
  if (!tablesFound && !(report.agency.name && report.year !== null && opensWithTitle(page.text.split('\n', 12))))
    return { ok: false, file: opts.file, error: `no report found in the ${what}: none of tables 2–4 and no 政府信息公开 report title` };
  return { ok: true, report };
}

/** A PDF → report, through its text form (see pdf/README.md); evidence names the page. */
async function readPdfFile(bytes: Uint8Array, opts: ParseOptions): Promise<ParseOutcome> {
  const { readPdf, addPdfSources } = await loadPdfReader();
  const read = await readPdf(bytes);
  if (!read.ok) return { ok: false, file: opts.file, error: read.error };
  const sha256 = await (opts.sha256 ?? webCryptoSha256)(bytes);
  const { report, tablesFound } = readReport(read.text, { ...opts, format: 'pdf', encoding: 'pdf', sha256 });
  addPdfSources(report, read);
  if (!tablesFound && !(report.agency.name && report.year !== null))
    return { ok: false, file: opts.file, error: 'no report found in the PDF: none of tables 2–4 and no title with agency and year' };
  return { ok: true, report };
}

export async function parseReport(bytes: Uint8Array, opts: ParseOptions): Promise<ParseOutcome> {
  // The bytes decide over the name: a PDF renamed .txt, a .docx renamed .doc.
  const detected = detectFormat(opts.file, bytes, opts.format ?? formatOf(opts.file));
  if (!detected.ok) return { ok: false, file: opts.file, error: detected.error };
  const { format } = detected;
  if (format === 'html') return readHtmlPage(bytes, opts);
  if (format === 'pdf') return readPdfFile(bytes, opts);
  if (format === 'docx') return readDocx(bytes, opts);
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return { ok: false, file: opts.file, error: decoded.error };
  const sha256 = await (opts.sha256 ?? webCryptoSha256)(bytes);
  if (format === 'json') {
    const read = readReportJson(decoded.text, { file: opts.file, sha256, encoding: decoded.encoding });
    if (read.ok && decoded.warnings) read.report.warnings.unshift(...decoded.warnings);
    return read;
  }
  const { report, tablesFound } = readReport(decoded.text, {
    ...opts,
    format,
    encoding: decoded.encoding,
    sha256,
  });
  if (decoded.warnings) report.warnings.unshift(...decoded.warnings);
  // A text with none of the tables and no title naming agency and year is not a report at all.
  if (!tablesFound && !(report.agency.name && report.year !== null))
    return { ok: false, file: opts.file, error: 'no report found: none of tables 2–4 and no title with agency and year' };
  return { ok: true, report };
}
