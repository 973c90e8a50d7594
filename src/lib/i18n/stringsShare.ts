/**
 * Strings of the embed page, the download buttons and the exported images, in
 * Chinese and English. Kept apart from `strings.ts` so the embed page and the exports carry
 * only what they use.
 */
import type { Lang } from '../view/parseView';

export interface ShareStrings {
  download: string;
  png: string;
  svg: string;
  csv: string;
  preparing: string;
  /** Source line drawn under every chart when it cannot name the reports. */
  source: string;
  /** Before the few reports named, each a `sourceItem` (then its URL after `urlBefore`), joined by `sourcesJoin`. */
  sourcesLead: (reports: number) => string;
  sourcesJoin: string;
  urlBefore: string;
  sourceItem: (name: string, year: number | null) => string;
  /** Many reports: how many, of how many agencies (or of the one agency, by name), over which years; the list is in the CSV. */
  sourcesMany: (reports: number, agencies: number, agencyName: string, years: string) => string;
  dataVersion: (v: string) => string;
  synthetic: string;
  openDashboard: string;
  /** Agency page trend chart → the same figure in Explore, where it can be shared and embedded. */
  openInExplore: string;
  /** Subtitles of exported charts. */
  subtitleLine: (agencies: number, years: string) => string;
  subtitleRanked: (year: number | string, shown: number, total: number) => string;
}

/** Filled per language by `loadStrings` before anything is drawn in that language (i18n/loadStrings.ts). */
export const SHARE_STRINGS = {} as Record<Lang, ShareStrings>;
