/** Messages between the app and the import worker (structured clone: Files, plain objects). */
import type { BuildReport } from '../data/types';
import type { OwnSummary } from './calcOwnSummary';
import type { ImportMode, ImportState } from './importStore';

export interface DroppedFile {
  /** Path relative to what was dropped (folder-relative for a folder). */
  file: string;
  blob: Blob;
}

export type ImportRequest =
  /** Parse these files, add them to the stored ones (same path: replaced) and rebuild. `base`: the page's URL, for the bundled data. */
  | { type: 'import'; files: DroppedFile[]; mode: ImportMode; base: string }
  /** Rebuild the stored files in another mode. */
  | { type: 'rebuild'; mode: ImportMode; base: string }
  /** The stored dataset with its CSVs as a .zip. */
  | { type: 'export'; base: string };

export type ImportStage = 'reading' | 'parsing' | 'bundled' | 'building' | 'saving' | 'zipping';

export type ImportResponse =
  | { type: 'stage'; stage: ImportStage }
  /** One file parsed: `error` when it is unreadable, else the rules of its failed checks. */
  | { type: 'file'; done: number; total: number; file: string; error?: string; failedChecks?: number }
  | { type: 'done'; state: ImportState; counts: BuildReport['counts']; own: OwnSummary }
  | { type: 'bundle'; blob: Blob; name: string }
  | { type: 'failed'; message: string };
