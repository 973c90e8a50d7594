/**
 * A report's truth values → the Word document an agency writes on the national template
 * (国办公开办函〔2019〕60号 / 〔2021〕30号), as agencies lay it out in Word: tables 2, 3 and 4
 * with fixed column widths, real merges (`w:gridSpan` across, `w:vMerge` down): table 3's
 * 三、本年度办理结果 a narrow column spanning every outcome row, its group labels
 * (（三）不予公开 …) spanning their rows, 申请人情况 spanning the applicant columns and
 * 法人或其他组织 its five sub-columns; table 4's 行政复议 / 行政诉讼 header over two and three rows.
 * Only the truth's numbers and the template's fixed labels are written: the agency, the prose and
 * the title are this factory's own words. A cell the truth leaves out is a blank cell.
 * Bytes are deterministic (fixed core properties and zip dates).
 */
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextDirection,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { TABLE2, TABLE3, TABLE3_COLUMN_LABELS, TABLE4_COLUMN_LABELS, TABLE4_GROUPS } from '../../src/lib/report/schema';
import { APPLICANT_COLUMNS, TABLE4_COLUMNS, type Template } from '../../src/lib/report/types';

/** How one agency's Word file looks: page, fonts, sizes (half-points), and its table habits. */
export interface WordStyle {
  /** Page width and height, margins, in twips (1/20 pt). */
  page: { width: number; height: number; margin: { top: number; right: number; bottom: number; left: number } };
  /** East Asian font of body and tables (a font installed where LibreOffice lays it out). */
  font: string;
  /** Font size of table text, in half-points (21 = 五号 10.5 pt, 18 = 小五 9 pt). */
  tableSize: number;
  /** Table 3's vertical labels written top to bottom (`w:textDirection tbRl`), not wrapped in a narrow column. */
  verticalText: boolean;
  /** Table 3's three header rows repeated on every page the table crosses (`w:tblHeader`). */
  repeatHeader: boolean;
  /** Paragraphs of prose before table 2: moves where the tables cross pages. */
  proseParagraphs: number;
}

type Truth = Record<string, unknown>;

function cellText(truth: Truth, path: string): string {
  const v = truth[path];
  return typeof v === 'number' ? String(v) : '';
}

function para(text: string, style: WordStyle, bold = false, align: 'center' | 'left' = 'center'): Paragraph {
  return new Paragraph({
    alignment: align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
    children: text ? [new TextRun({ text, bold, font: { ascii: 'Times New Roman', eastAsia: style.font }, size: style.tableSize })] : [],
  });
}

interface CellSpec {
  text: string;
  width: number;
  colspan?: number;
  rowspan?: number;
  bold?: boolean;
  align?: 'center' | 'left';
  vertical?: boolean;
}

function cell(spec: CellSpec, style: WordStyle): TableCell {
  return new TableCell({
    children: [para(spec.text, style, spec.bold, spec.align)],
    width: { size: spec.width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    ...(spec.colspan && spec.colspan > 1 ? { columnSpan: spec.colspan } : {}),
    ...(spec.rowspan && spec.rowspan > 1 ? { rowSpan: spec.rowspan } : {}),
    ...(spec.vertical ? { textDirection: TextDirection.TOP_TO_BOTTOM_RIGHT_TO_LEFT } : {}),
  });
}

function table(widths: number[], rows: { cells: CellSpec[]; header?: boolean }[], style: WordStyle): Table {
  return new Table({
    columnWidths: widths,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    rows: rows.map((r) => new TableRow({ tableHeader: r.header, children: r.cells.map((c) => cell(c, style)) })),
  });
}

/** Spreads `total` twips over columns in the given proportions, the last column taking the rounding. */
function spread(total: number, parts: number[]): number[] {
  const sum = parts.reduce((a, b) => a + b, 0);
  const out = parts.map((p) => Math.floor((total * p) / sum));
  out[out.length - 1] += total - out.reduce((a, b) => a + b, 0);
  return out;
}

function table2(template: Template, truth: Truth, width: number, style: WordStyle): Table {
  const widths = spread(width, [3, 2, 2, 2]);
  const span = (from: number, n: number) => widths.slice(from, from + n).reduce((a, b) => a + b, 0);
  const rows: { cells: CellSpec[] }[] = [];
  for (const block of TABLE2[template]) {
    rows.push({ cells: [{ text: `第二十条第${block.item}项`, width, colspan: 4, bold: true }] });
    // A header of fewer columns than three: its last cell spans what is left, and so do the values under it.
    const n = block.headers.length;
    const spans = block.headers.map((_, i) => (i === n - 1 ? 3 - (n - 1) : 1));
    const starts = spans.map((_, i) => 1 + spans.slice(0, i).reduce((a, b) => a + b, 0));
    rows.push({ cells: [{ text: '信息内容', width: widths[0] }, ...block.headers.map((h, i) => ({ text: h, width: span(starts[i], spans[i]), colspan: spans[i] }))] });
    for (const row of block.rows)
      rows.push({
        cells: [
          { text: row.label, width: widths[0] },
          ...row.fields.map((f, i) => ({ text: cellText(truth, `active.${row.key}.${f}`), width: span(starts[i], spans[i]), colspan: spans[i] })),
        ],
      });
  }
  return table(widths, rows, style);
}

function table3(template: Template, truth: Truth, width: number, style: WordStyle): Table {
  // 三、本年度办理结果 | group (（三）不予公开 …) | item (1.属于国家秘密 …) | seven applicant columns.
  const widths = spread(width, [1.1, 2, 4.2, 1.3, 1.3, 1.3, 1.3, 1.3, 1.3, 1.3]);
  const sum = (a: number, b: number) => widths.slice(a, b).reduce((x, y) => x + y, 0);
  const values = (key: string) => APPLICANT_COLUMNS.map((c, i) => ({ text: cellText(truth, `applications.${key}.${c}`), width: widths[3 + i] }));
  const rows: { cells: CellSpec[]; header?: boolean }[] = [
    {
      header: style.repeatHeader,
      cells: [
        { text: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', width: sum(0, 3), colspan: 3, rowspan: 3 },
        { text: '申请人情况', width: sum(3, 10), colspan: 7 },
      ],
    },
    {
      header: style.repeatHeader,
      cells: [
        { text: TABLE3_COLUMN_LABELS.natural, width: widths[3], rowspan: 2 },
        { text: '法人或其他组织', width: sum(4, 9), colspan: 5 },
        { text: TABLE3_COLUMN_LABELS.total, width: widths[9], rowspan: 2 },
      ],
    },
    { header: style.repeatHeader, cells: APPLICANT_COLUMNS.slice(1, 6).map((c, i) => ({ text: TABLE3_COLUMN_LABELS[c], width: widths[4 + i] })) },
  ];
  const list = TABLE3[template];
  const outcomes = list.filter((r) => r.group !== null || r.key === 'otherDisposal.all').length;
  let groupSeen = '';
  let resultSeen = false;
  for (const row of list) {
    const inResults = row.group !== null || row.key === 'otherDisposal.all';
    const lead: CellSpec[] = [];
    if (inResults && !resultSeen) {
      resultSeen = true;
      lead.push({ text: '三、本年度办理结果', width: widths[0], rowspan: outcomes, vertical: style.verticalText });
    }
    const group = row.group && row.group !== '三、本年度办理结果' ? row.group : null;
    if (!inResults) lead.push({ text: row.label, width: sum(0, 3), colspan: 3, align: 'left' });
    else if (!group) lead.push({ text: row.label, width: sum(1, 3), colspan: 2, align: 'left' });
    else {
      if (group !== groupSeen) {
        groupSeen = group;
        lead.push({ text: group, width: widths[1], rowspan: list.filter((r) => r.group === group).length });
      }
      lead.push({ text: row.label, width: widths[2], align: 'left' });
    }
    rows.push({ cells: [...lead, ...values(row.key)] });
  }
  return table(widths, rows, style);
}

function table4(truth: Truth, width: number, style: WordStyle): Table {
  const widths = spread(width, Array(15).fill(1));
  const w = widths[0];
  const heads = TABLE4_COLUMNS.map((c) => TABLE4_COLUMN_LABELS[c]);
  return table(
    widths,
    [
      { cells: [{ text: '行政复议', width: w * 5, colspan: 5 }, { text: '行政诉讼', width: width - w * 5, colspan: 10 }] },
      { cells: [...heads.map((h) => ({ text: h, width: w, rowspan: 2 })), { text: '未经复议直接起诉', width: w * 5, colspan: 5 }, { text: '复议后起诉', width: width - w * 10, colspan: 5 }] },
      { cells: [...heads, ...heads].map((h, i) => ({ text: h, width: widths[5 + i] })) },
      { cells: TABLE4_GROUPS.flatMap((g) => TABLE4_COLUMNS.map((c) => `${g}.${c}`)).map((p, i) => ({ text: cellText(truth, p), width: widths[i] })) },
    ],
    style,
  );
}

const PROSE =
  '本机关坚持以公开为常态、不公开为例外，依法依规做好政府信息公开工作，及时准确发布各类政府信息，不断完善信息发布、审查和更新机制，回应社会关切，保障人民群众的知情权、参与权和监督权。';

const CORE = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>政府信息公开工作年度报告</dc:title><dc:creator>test fixture</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2000-01-01T00:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2000-01-01T00:00:00Z</dcterms:modified></cp:coreProperties>`;

/** The report of `truth` (flat dot paths, as in ../shared's truth files) as a .docx in `style`. */
export async function templateReportDocx(truth: Truth, style: WordStyle): Promise<Uint8Array> {
  const template = truth.template as Template;
  const year = truth.year as number;
  const { page } = style;
  const width = page.width - page.margin.left - page.margin.right;
  const run = (text: string, size = 32, bold = false) => new TextRun({ text, bold, size, font: { ascii: 'Times New Roman', eastAsia: style.font } });
  const body = (text: string) => new Paragraph({ indent: { firstLine: 640 }, children: [run(text)] });
  const heading = (text: string) => new Paragraph({ heading: HeadingLevel.HEADING_2, children: [run(text, 32, true)] });
  const fee = truth.infoProcessingFeeYuan;
  const children: (Paragraph | Table)[] = [
    new Paragraph({ alignment: AlignmentType.CENTER, children: [run(`示例市示例局${year}年政府信息公开工作年度报告`, 44, true)] }),
    heading('一、总体情况'),
    ...Array.from({ length: style.proseParagraphs }, () => body(PROSE)),
    heading('二、主动公开政府信息情况'),
    table2(template, truth, width, style),
    heading('三、收到和处理政府信息公开申请情况'),
    table3(template, truth, width, style),
    heading('四、政府信息公开行政复议、行政诉讼情况'),
    table4(truth, width, style),
    heading('五、存在的主要问题及改进情况'),
    body(PROSE),
    heading('六、其他需要报告的事项'),
    body(typeof fee === 'number' ? (fee === 0 ? `${year}年，本机关未收取信息处理费。` : `${year}年，本机关收取信息处理费${fee}元。`) : '无其他需要报告的事项。'),
  ];
  const doc = new Document({
    creator: 'test fixture',
    sections: [
      {
        properties: {
          page: {
            size: { width: page.width, height: page.height, orientation: page.width > page.height ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
            margin: page.margin,
          },
        },
        children,
      },
    ],
  });
  const entries = unzipSync(new Uint8Array(await Packer.toBuffer(doc)));
  entries['docProps/core.xml'] = strToU8(CORE);
  const names = Object.keys(entries).sort();
  return zipSync(Object.fromEntries(names.map((n) => [n, entries[n]])), { level: 9, mtime: new Date(Date.UTC(2000, 0, 1)) });
}
