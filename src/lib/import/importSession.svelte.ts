/**
 * One import worker and what the panel shows of it: the stage, a progress count, every file's
 * outcome as it is parsed, the result, an error. The worker is started on the first request and
 * kept for later ones (export, mode switch). A worker that dies (out of memory, a script error)
 * ends the request as failed, with its message, and is replaced on the next one: the user can retry.
 */
import type { BuildReport } from '../data/types';
import type { DroppedFile, ImportRequest, ImportResponse, ImportStage } from './importProtocol';
import type { OwnOutcome, OwnSummary } from './calcOwnSummary';
import { IMPORT_FLAG } from './importFlag';
import { clearImport, type ImportMode, type ImportState } from './importStore';

export interface FileOutcome {
  file: string;
  error?: string;
  failedChecks?: number;
  /** Once the dataset is built: what became of the file (a copy of a report already there …). */
  outcome?: OwnOutcome;
}

export class ImportSession {
  running = $state(false);
  stage = $state<ImportStage | null>(null);
  done = $state(0);
  total = $state(0);
  outcomes = $state.raw<FileOutcome[]>([]);
  result = $state.raw<{ state: ImportState; counts: BuildReport['counts']; own: OwnSummary } | null>(null);
  error = $state<string | null>(null);
  #worker: Worker | null = null;
  #pending: FileOutcome[] = [];
  #flush = 0;

  #start(request: ImportRequest): Promise<ImportResponse> {
    this.#worker ??= new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });
    this.running = true;
    this.error = null;
    return new Promise((resolve) => {
      this.#worker!.onmessage = (e: MessageEvent<ImportResponse>) => {
        const msg = e.data;
        if (msg.type === 'stage') this.stage = msg.stage;
        else if (msg.type === 'file') {
          this.done = msg.done;
          this.total = msg.total;
          this.#pending.push({ file: msg.file, error: msg.error, failedChecks: msg.failedChecks });
          // One list update a frame, however fast the files come.
          this.#flush ||= requestAnimationFrame(() => this.#apply());
        } else {
          this.#apply();
          this.running = false;
          this.stage = null;
          if (msg.type === 'failed') this.error = msg.message;
          if (msg.type === 'done') {
            this.result = { state: msg.state, counts: msg.counts, own: msg.own };
            this.outcomes = this.outcomes.map((o) => ({ ...o, outcome: msg.own.byFile[o.file] }));
            localStorage.setItem(IMPORT_FLAG, '1');
          }
          resolve(msg);
        }
      };
      const died = (what: string) => {
        this.#apply();
        this.#worker?.terminate();
        this.#worker = null;
        this.running = false;
        this.stage = null;
        const message = `导入中断：${what}。已导入的数据不变，可以重试。· The import stopped: ${what}. Data imported before is kept; you can retry.`;
        this.error = message;
        resolve({ type: 'failed', message });
      };
      this.#worker!.onerror = (e: ErrorEvent) => {
        e.preventDefault();
        died(e.message ? `the import worker failed (${e.message})` : 'the import worker failed');
      };
      this.#worker!.onmessageerror = () => died('a message from the import worker could not be read');
      this.#worker!.postMessage(request);
    });
  }

  #apply() {
    cancelAnimationFrame(this.#flush);
    this.#flush = 0;
    if (this.#pending.length) this.outcomes = [...this.outcomes, ...this.#pending.splice(0)];
  }

  async import(files: DroppedFile[], mode: ImportMode): Promise<boolean> {
    this.outcomes = [];
    this.done = 0;
    this.total = files.length;
    return (await this.#start({ type: 'import', files, mode, base: document.baseURI })).type === 'done';
  }

  async rebuild(mode: ImportMode): Promise<boolean> {
    return (await this.#start({ type: 'rebuild', mode, base: document.baseURI })).type === 'done';
  }

  async exportBundle(): Promise<{ blob: Blob; name: string } | null> {
    const msg = await this.#start({ type: 'export', base: document.baseURI });
    return msg.type === 'bundle' ? msg : null;
  }

  async clear(): Promise<void> {
    await clearImport();
    localStorage.removeItem(IMPORT_FLAG);
    this.result = null;
    this.outcomes = [];
  }

  dispose() {
    this.#worker?.terminate();
    this.#worker = null;
  }
}
