/**
 * Report JSON: the contract between the parser, the datasets and the app.
 * Mirrors ../shared/design/report-schema.md; key names are the contract.
 */

/** A numeric cell: `0` when the report says zero, `null` when blank, unreadable or missing. */
export type Cell = number | null;

export type Template = '2019' | '2021';
export type SourceFormat = 'txt' | 'md' | 'html' | 'json' | 'pdf' | 'docx';
export type AgencyLevel = 'province' | 'city' | 'county' | 'branch' | 'other';

export const APPLICANT_COLUMNS = ['natural', 'commercial', 'research', 'social', 'legal', 'other', 'total'] as const;
export type ApplicantColumn = (typeof APPLICANT_COLUMNS)[number];
export type ApplicantRow = Record<ApplicantColumn, Cell>;

export const TABLE4_COLUMNS = ['upheld', 'corrected', 'other', 'pending', 'total'] as const;
export type Table4Column = (typeof TABLE4_COLUMNS)[number];
export type Table4Group = Record<Table4Column, Cell>;

/**
 * How a cell whose digits were run together was placed: the only way to cut them
 * (`one-reading`), the row's columns summing to 总计 (`row-sum`), table 4's groups
 * summing to their totals (`group-sums`), or the table's column identities
 * (一+二=三(七)+四, outcome rows summing to 总计) (`column-sums`).
 */
export type PlacedBy = 'one-reading' | 'row-sum' | 'group-sums' | 'column-sums';

export interface Evidence {
  /** 1-based line in the decoded source text. */
  line: number;
  /** The source line the value was read from. */
  text: string;
  /** Cells run together: how the value's place was decided. */
  placedBy?: PlacedBy;
  /** PDF sources: the 1-based page the line is on … */
  page?: number;
  /** … and its box there, in PDF points from the page's top left: [x0, top, x1, bottom]. */
  box?: [number, number, number, number];
}

export interface Source {
  /** Path relative to the corpus root (or the file name as given). */
  file: string;
  sha256: string;
  encoding: string;
  format: SourceFormat;
  /** The original report's address, when known: meta.csv's `url`, a page's canonical link, a crawler's 原文链接 line. */
  url?: string;
}

export interface Region {
  province: string | null;
  city: string | null;
  county: string | null;
}

export interface Agency {
  name: string;
  /** The name in simplified characters, where the report writes it in traditional ones (廣州市公安局 → 广州市公安局). */
  simplifiedName?: string;
  aliases: string[];
  region: Region;
  level: AgencyLevel;
}

export type ChannelKind =
  | 'website'
  | 'gov_platform'
  | 'weibo'
  | 'wechat'
  | 'wechat_channels'
  | 'douyin'
  | 'kuaishou'
  | 'toutiao'
  | 'news_media'
  | 'press_conference'
  | 'all'
  | 'other';

export type ChannelMetric = 'posts' | 'followers' | 'views' | 'replies';

export interface ChannelFigure {
  channel: ChannelKind;
  /** The words the report uses, e.g. `“平安济源”微信公众号`. */
  label: string;
  metric: ChannelMetric;
  value: number;
  approximate: boolean;
  evidence: Evidence;
}

export interface ApplicationsByChannel {
  online: Cell;
  written: Cell;
  mail: Cell;
  inPerson: Cell;
  other: Cell;
}

export interface Narrative {
  applicationsReceived: Cell;
  applicationsAnswered: Cell;
  applicationsByChannel: ApplicationsByChannel;
  proactiveTotal: Cell;
}

export interface Check {
  rule: CheckRule;
  ok: boolean;
  /** A sentence a journalist can read; for failures, names the cells involved. */
  message: string;
}

export type CheckRule =
  | 'applications.balance'
  | 'applications.outcomes'
  | 'applications.columns'
  | 'table4.totals'
  | 'cells.complete'
  | 'narrative.applications';

/** Table 2 in the 2021 template (国办公开办函〔2021〕30号). */
export interface Active2021 {
  regulations: { issued: Cell; repealed: Cell; inForce: Cell };
  normativeDocuments: { issued: Cell; repealed: Cell; inForce: Cell };
  licensing: { decisions: Cell };
  penalty: { decisions: Cell };
  coercion: { decisions: Cell };
  fees: { amountWanYuan: Cell };
}

type ItemsRow = { previousItems: Cell; itemChange: Cell; decisions: Cell };

/** Table 2 in the 2019 template (国办公开办函〔2019〕60号). */
export interface Active2019 {
  regulations: { newlyMade: Cell; newlyPublished: Cell; totalPublic: Cell };
  normativeDocuments: { newlyMade: Cell; newlyPublished: Cell; totalPublic: Cell };
  licensing: ItemsRow;
  otherServices: ItemsRow;
  penalty: ItemsRow;
  coercion: ItemsRow;
  fees: { previousItems: Cell; itemChange: Cell };
  procurement: { projects: Cell; amountWanYuan: Cell };
}

export interface Denied {
  stateSecret: ApplicantRow;
  lawForbidden: ApplicantRow;
  safetyStability: ApplicantRow;
  thirdPartyRights: ApplicantRow;
  internalAffairs: ApplicantRow;
  processInfo: ApplicantRow;
  enforcementFile: ApplicantRow;
  queryMatter: ApplicantRow;
}

export interface Applications {
  newReceived: ApplicantRow;
  carriedOver: ApplicantRow;
  granted: ApplicantRow;
  partiallyGranted: ApplicantRow;
  denied: Denied;
  unableToProvide: { notHeld: ApplicantRow; needsCreation: ApplicantRow; unclear: ApplicantRow };
  notProcessed: {
    complaint: ApplicantRow;
    duplicate: ApplicantRow;
    publication: ApplicantRow;
    massRepeated: ApplicantRow;
    confirmation: ApplicantRow;
  };
  /** 2021: overdueCorrection, overdueFee, other. 2019: all. */
  otherDisposal: Partial<Record<'overdueCorrection' | 'overdueFee' | 'other' | 'all', ApplicantRow>>;
  total: ApplicantRow;
  carriedForward: ApplicantRow;
}

export interface Report {
  schemaVersion: 1;
  id: string;
  source: Source;
  agency: Agency;
  year: number | null;
  publishedOn: string | null;
  /** null: the report has none of tables 2–4, so follows no template (its `active` and `applications` are empty). */
  template: Template | null;
  /**
   * Table 2's own template, only where it differs from `template` (decided from table 3): a report
   * mixing both prints table 2 with the 2019 headers and table 3 with the 2021 rows; `active` then
   * has the 2019 keys.
   */
  table2Template?: Template;
  active: Active2021 | Active2019 | Record<string, never>;
  applications: Applications;
  review: Table4Group;
  litigationDirect: Table4Group;
  litigationAfterReview: Table4Group;
  channels: ChannelFigure[];
  infoProcessingFeeYuan: Cell;
  narrative: Narrative;
  checks: Check[];
  evidence: Record<string, Evidence>;
  /** Reading problems that are not consistency checks (table not found, extra numbers, …). */
  warnings: string[];
  /** Set on reports made by the synthetic renderer: never real data. */
  synthetic?: true;
  /** Set on HTML pages that show tables 2–4 (some or all) as images: their cells are null for that reason. */
  tablesAsImages?: true;
}
