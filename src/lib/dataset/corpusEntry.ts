/** A report file of a corpus, as the build lists it: the same for a folder on disk and files dropped in a browser. */
import type { SourceFormat } from '../report/types';
import { UNREAD_EXTENSIONS } from '../report/unreadFormats';

export interface CorpusEntry {
  /** Path relative to the corpus folder, with `/` separators. */
  file: string;
  /** The format the name implies; null for a file of a format not read (.doc, .ofd, images …), whose outcome says what to do. */
  format: SourceFormat | null;
  size: number;
}

const FORMATS: Record<string, SourceFormat> = { txt: 'txt', md: 'md', html: 'html', htm: 'html', json: 'json', pdf: 'pdf', docx: 'docx', docm: 'docx' };

/** The source format a file name implies, or null for files the build does not read. */
export function formatOf(file: string): SourceFormat | null {
  const ext = /\.([^./]+)$/.exec(file)?.[1]?.toLowerCase();
  return ext ? (FORMATS[ext] ?? null) : null;
}

/** Files a corpus lists: the formats read, and those people try that get an outcome saying what to do instead. */
export function isReportCandidate(file: string): boolean {
  const ext = /\.([^./]+)$/.exec(file)?.[1]?.toLowerCase();
  return formatOf(file) !== null || (ext !== undefined && ext in UNREAD_EXTENSIONS);
}

/** Code-point order, independent of the machine's locale. */
export function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Hidden files and folders (`.DS_Store`, `.git/…`, `__MACOSX/…` of a zip) are not part of a corpus. */
export function isHiddenPath(file: string): boolean {
  return file.split('/').some((part) => part.startsWith('.') || part === '__MACOSX');
}
