/**
 * The PDF reader's one-line outcomes (English, the build report's words) in Chinese, for the
 * app to show in their place. Kept apart from the reader so the page can use it without
 * loading pdfjs or the layout code.
 */
const PATTERNS: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^scanned PDF, no text layer: tables not read$/, () => '扫描件 PDF，没有文字层：未能读取表格'],
  [/^not a PDF file \(no %PDF- header\)$/, () => '不是 PDF 文件（没有 %PDF- 文件头）'],
  [/^truncated PDF: /, () => 'PDF 文件不完整：文件在结束标记之前就断了（请重新下载）'],
  [/^encrypted PDF: /, () => '加密的 PDF：需要密码才能打开；请另存一份不加密的副本'],
  [/^damaged PDF: (.*)$/, (m) => `PDF 文件已损坏：${m[1]}`],
  [/^unreadable PDF: (.*)$/, (m) => `无法读取的 PDF：${m[1]}`],
  [/^no text in the PDF: /, () => 'PDF 中没有文字：页面是空的或无法读取'],
  [/^PDF too large \((\d+) MB; at most (\d+) MB\)$/, (m) => `PDF 太大（${m[1]} MB；最多 ${m[2]} MB）`],
  [/^PDF stream inflates past (\d+) MB: not read$/, (m) => `PDF 中有数据流解压后超过 ${m[1]} MB：未读取`],
  [/^PDF streams inflate past (\d+) MB in all: not read$/, (m) => `PDF 的数据流解压后合计超过 ${m[1]} MB：未读取`],
  [/^no report found in the PDF: /, () => 'PDF 中没有找到报告：既没有表二至表四，也没有写明机关和年度的标题'],
];

export function pdfErrorZh(error: string): string | null {
  for (const [re, zh] of PATTERNS) {
    const m = re.exec(error);
    if (m) return zh(m);
  }
  return null;
}
