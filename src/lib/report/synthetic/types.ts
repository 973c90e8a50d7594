/**
 * Types shared by the synthetic report factory, the renderer and the
 * round-trip expectations.
 */
import type { Applications, Cell, CheckRule, Table4Group, Template } from '../types';

export type AgencyKind =
  | 'cityPolice'
  | 'countyPolice'
  | 'cityPoliceBranch'
  | 'districtPoliceBranch'
  | 'cityNaturalResources'
  | 'countyGovernmentOffice'
  | 'provincePolice'
  | 'cityTransport';

/** The values of one synthetic report: what a renderer prints and a parser must read back. */
export interface SyntheticReportValues {
  seed: number;
  agency: { name: string; kind: AgencyKind };
  /** The year the report covers. */
  year: number;
  /** The table format printed; usually follows the year, sometimes deliberately not. */
  template: Template;
  /** ISO date of the signature, or null when the report prints no date. */
  publishedOn: string | null;
  /** Table 2: `active.<row>.<field>` as in TABLE2[template]. */
  active: Record<string, Record<string, Cell>>;
  applications: Applications;
  review: Table4Group;
  litigationDirect: Table4Group;
  litigationAfterReview: Table4Group;
  /** What the factory did on purpose, for test messages. */
  planted: {
    /** Cell paths left blank (`null`). */
    blanks: string[];
    /** Cell paths changed after the sums were made consistent. */
    broken: string[];
    /** Template differs from the one the year suggests. */
    templateMismatch: boolean;
  };
}

/** How table cells are laid out in the text (`html`: `<table>` markup, see renderHtml). */
export type CellForm = 'tabs' | 'lines' | 'spaced' | 'markdown' | 'html';

/** Where a table is printed when it is not in its own section. */
export type Push = 'none' | 'table2IntoOverview' | 'table4IntoProblems';

export interface RenderOptions {
  /** Convert the whole text to traditional characters (OpenCC cn → tw). */
  traditional?: boolean;
  /** Print every digit full-width (０-９, ．). */
  fullWidthDigits?: boolean;
  /** Thousands separators in numbers ≥ 1000 (1,370). */
  thousands?: boolean;
  /** Units in cells: 19 项, 1710.15 万元, 10 件. */
  units?: boolean;
}

/** Options of renderHtml; each one not given is chosen from the seed. */
export interface HtmlRenderOptions extends RenderOptions {
  /** Bytes of the page: UTF-8 or GBK. */
  encoding?: 'utf-8' | 'gbk';
  /** Declare the encoding in a `<meta>` (charset or http-equiv). */
  charsetMeta?: boolean;
  /** Print a table as two `<table>`s, the second repeating the header rows (for each table, a chance). */
  splitTables?: boolean;
  /** Pictures (`<img>`) where tables 2–4 should be, as many pages publish them. */
  tablesAsImages?: boolean;
  /** Old CMS page built of nested layout tables rather than divs. */
  layoutTables?: boolean;
}

/** A rendered page: its markup, its bytes in its encoding, and what was chosen. */
export interface RenderedHtml {
  html: string;
  bytes: Uint8Array;
  encoding: 'utf-8' | 'gbk';
  charsetMeta: boolean;
  /** Tables printed as two `<table>` elements (`table2`, `table3`, `table4`). */
  split: string[];
  tablesAsImages: boolean;
  layoutTables: boolean;
  /** The title is only outside the content area (in an `<h1>` above it). */
  titleOutside: boolean;
}

/** One cell of an HTML table as the template merges it; `col` is its first grid column. */
export interface HtmlCell {
  text: string;
  col: number;
  rowspan?: number;
  colspan?: number;
  /** Header cells may print as `<th>`. */
  head?: boolean;
  /** Print the text one character per line (`<br>` between), as tall merged cells often are. */
  vertical?: boolean;
  /** A value cell (number or blank), styled like one. */
  value?: boolean;
}

export interface HtmlTable {
  rows: HtmlCell[][];
  /** Leading header rows, repeated when the table is split. */
  headerRows: number;
  /** Row indices where the table may be split (the second part starts there). */
  splitPoints: number[];
}

/** What a correct parse of a rendered report gives. */
export interface ExpectedParse {
  template: Template;
  year: number;
  agencyName: string;
  publishedOn: string | null;
  /** Every path of cellPaths(template) → value. */
  cells: Record<string, Cell>;
  /**
   * The `ok` each check must have. A rule is left out when a blank cell makes it
   * undecidable (no violation among the readable cells, but some unreadable ones).
   */
  checks: Partial<Record<CheckRule, boolean>>;
  /** Row paths (`applications.denied.stateSecret`, `active.licensing`, `table4`) with a null cell. */
  incompleteRows: string[];
}
