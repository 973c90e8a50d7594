/**
 * Strings of the report view (agency page): its header, checks, legend, evidence panel and the
 * figures stated in prose. The official tables keep their Chinese labels; English adds a gloss.
 */
import type { Lang } from '../view/parseView';

export interface ReportStrings {
  unknownAgency: string;
  unknownYear: string;
  yearOf: (year: number | string) => string;
  back: string;
  template: string;
  /** The template's name, and the notice that set it (an official document number, kept Chinese). */
  templateNames: Record<'2019' | '2021', [name: string, notice: string, after: string]>;
  /** A report without tables follows no template. */
  noTemplate: string;
  noTables: string;
  region: string;
  signedOn: string;
  notStated: string;
  sourceFile: string;
  sourceUrl: string;
  checksTitle: string;
  checksFailed: (n: number) => string;
  checksAllPassed: string;
  checksCount: (n: number) => string;
  flaggedHint: string;
  readingNotes: string;
  passedChecks: (n: number) => string;
  legendBlank: string;
  blankMark: string;
  legendFlagged: string;
  legendClick: string;
  tableGloss: Record<'table2' | 'table3' | 'table4', string>;
  evidenceLabel: string;
  blankValue: string;
  close: string;
  noEvidence: string;
  /** The imported PDF's page drawn with the number's line marked. */
  pdfPage: { show: string; hide: string; loading: string; missing: string; failed: string; alt: (page: number) => string };
  /** How a cell whose digits were run together in the source was placed. */
  placedBy: Record<'one-reading' | 'row-sum' | 'group-sums' | 'column-sums', string>;
  failedCheck: string;
  blankCell: string;
  proseTitle: string;
  proseIntro: string;
  proseNone: string;
  figure: string;
  value: string;
  source: string;
  channelsTitle: string;
  channel: string;
  reportWording: string;
  measure: string;
  approx: string;
  fullLine: string;
}

const zh: ReportStrings = {
  unknownAgency: '（未识别机关）',
  unknownYear: '年度不明',
  yearOf: (year) => `${year} 年度`,
  back: '← 报告列表',
  template: '表格版本',
  templateNames: { '2019': ['2019 年版表格（', '国办公开办函〔2019〕60号', '）'], '2021': ['2021 年版表格（', '国办公开办函〔2021〕30号', '）'] },
  noTemplate: '无（报告中没有表格）',
  noTables: '报告中没有表二、表三：不按任何表格版本读取，只有正文中的数字。',
  region: '地区',
  signedOn: '落款日期',
  notStated: '未注明',
  sourceFile: '原文文件',
  sourceUrl: '原文链接',
  checksTitle: '一致性检查：',
  checksFailed: (n) => `${n} 项未通过`,
  checksAllPassed: '全部通过',
  checksCount: (n) => `（共 ${n} 项）`,
  flaggedHint: '表中相关的数字以红框标出。',
  readingNotes: '读取提示',
  passedChecks: (n) => `已通过的检查（${n}）`,
  legendBlank: '空白单元格（报告未填或无法读取，不等于 0）',
  blankMark: '空',
  legendFlagged: '未通过检查的数字',
  legendClick: '点击数字查看原文出处',
  tableGloss: { table2: '', table3: '', table4: '' },
  evidenceLabel: '数字来源',
  blankValue: '空白（报告未填或无法读取）',
  close: '关闭',
  noEvidence: '没有这个数字的原文记录。',
  pdfPage: {
    show: '查看 PDF 原页',
    hide: '收起原页',
    loading: '正在绘制原页…',
    missing: '原文件不在本浏览器里（只有导入的 PDF 保留原文件）。',
    failed: '无法绘制这一页：',
    alt: (page) => `PDF 第 ${page} 页，这个数字所在的行已标出`,
  },
  placedBy: {
    'one-reading': '原文各单元格的数字连在一起，只有一种拆分方式',
    'row-sum': '原文各单元格的数字连在一起，按行合计（各列之和等于总计）确定',
    'group-sums': '原文各单元格的数字连在一起，按各组合计（维持+纠正+其他+未审结=总计）确定',
    'column-sums': '原文各单元格的数字连在一起，按列和（一+二=三+四，各项结果之和=总计）确定',
  },
  failedCheck: '未通过',
  blankCell: '空白',
  proseTitle: '正文中的数字',
  proseIntro: '报告正文（而非表格）写明的申请数、公开数和收费，以及各发布渠道的数字，每个都附原文出处。',
  proseNone: '正文没有写明可读取的数字。',
  figure: '项目',
  value: '数值',
  source: '原文出处',
  channelsTitle: '发布渠道',
  channel: '渠道',
  reportWording: '报告原话',
  measure: '指标',
  approx: '约',
  fullLine: '整行原文',
};

const en: ReportStrings = {
  unknownAgency: '(agency not recognised)',
  unknownYear: 'year unknown',
  yearOf: (year) => `${year} report`,
  back: '← Reports',
  template: 'Table format',
  templateNames: { '2019': ['2019 format (notice ', '国办公开办函〔2019〕60号', ')'], '2021': ['2021 format (notice ', '国办公开办函〔2021〕30号', ')'] },
  noTemplate: 'None (the report has no tables)',
  noTables: 'The report has no tables 2 and 3: it follows no table format, only figures stated in its text.',
  region: 'Region',
  signedOn: 'Signed on',
  notStated: 'not stated',
  sourceFile: 'Source file',
  sourceUrl: 'Original report',
  checksTitle: 'Consistency checks: ',
  checksFailed: (n) => `${n} failed`,
  checksAllPassed: 'all passed',
  checksCount: (n) => ` (${n} in all)`,
  flaggedHint: 'The numbers involved are outlined in red in the tables.',
  readingNotes: 'Reading notes',
  passedChecks: (n) => `Checks passed (${n})`,
  legendBlank: 'blank cell (not filled in or unreadable; not 0)',
  blankMark: 'blank',
  legendFlagged: 'number in a failed check',
  legendClick: 'click a number to see the source line',
  tableGloss: { table2: 'Table 2 · Proactive disclosure', table3: 'Table 3 · Requests received and handled', table4: 'Table 4 · Administrative reviews and lawsuits' },
  evidenceLabel: 'Where this number comes from',
  blankValue: 'blank (not filled in or unreadable)',
  close: 'Close',
  noEvidence: 'No source line recorded for this number.',
  pdfPage: {
    show: 'Show the PDF page',
    hide: 'Hide the page',
    loading: 'Drawing the page…',
    missing: 'The original file is not in this browser (only imported PDFs keep it).',
    failed: 'The page could not be drawn: ',
    alt: (page) => `PDF page ${page}, with this number's line marked`,
  },
  placedBy: {
    'one-reading': 'The source runs its cells together; these digits split only one way',
    'row-sum': 'The source runs its cells together; placed by the row sum (the columns add up to the total)',
    'group-sums': 'The source runs its cells together; placed by the group sums (upheld + corrected + other + pending = total)',
    'column-sums': 'The source runs its cells together; placed by the column sums (1 + 2 = 3 + 4; the outcomes add up to the total)',
  },
  failedCheck: 'Failed',
  blankCell: 'blank',
  proseTitle: 'Figures stated in the text',
  proseIntro: 'Requests, publications and fees the report states in its prose rather than its tables, and the figures of each publication channel, each with the sentence it comes from.',
  proseNone: 'The text states no figure that could be read.',
  figure: 'Figure',
  value: 'Value',
  source: 'Source',
  channelsTitle: 'Publication channels',
  channel: 'Channel',
  reportWording: 'Report’s words',
  measure: 'Measure',
  approx: 'about',
  fullLine: 'whole source line',
};

export const REPORT_STRINGS: Record<Lang, ReportStrings> = { zh, en };
