/**
 * A parse worker of `runParsePool`: reads, parses and stages the files it is sent, answers
 * with their records. Runs `parseFile` with the real file system and the Node hash.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import type { MetaOverride } from '../../src/lib/report/parseReport';
import { parseReport } from '../../src/lib/report/parseReport';
import type { CorpusEntry } from '../../src/lib/dataset/corpusEntry';
import { formatJson } from '../../src/lib/dataset/formatJson';
import { parseFile, type ParseCorpusIO } from '../../src/lib/dataset/parseCorpus';
import { loadGazetteer } from '../../src/lib/dataset/region/gazetteer';
import { nodeSha256 } from '../lib/nodeSha256';
import { useNodePdfAssets } from '../lib/nodePdfAssets';

useNodePdfAssets();

export interface WorkerSetup {
  corpus: string;
  staging: string;
  meta: [string, MetaOverride][];
}

export interface WorkerTask {
  index: number;
  entry: CorpusEntry;
}

const setup = workerData as WorkerSetup;
const meta = new Map(setup.meta);
const io: ParseCorpusIO = {
  read: async (file: string) => new Uint8Array(await readFile(join(setup.corpus, file))),
  parse: parseReport,
  sha256: nodeSha256,
  stage: (index: number, report: unknown) => writeFile(join(setup.staging, `${index}.json`), formatJson(report)),
  metaOf: (file: string) => meta.get(file) ?? meta.get(file.split('/').pop() ?? file),
  gazetteer: await loadGazetteer(),
};

parentPort!.on('message', async (tasks: WorkerTask[]) => {
  const out = [];
  for (const t of tasks) out.push(await parseFile(t.entry, t.index, io));
  parentPort!.postMessage(out);
});
