import { describe, expect, it } from 'vitest';
import { pdfErrorZh } from './pdfErrorZh';
import { SCANNED_PDF } from './readPdf';

describe('pdfErrorZh: every outcome of the PDF reader has its Chinese line', () => {
  it.each([
    [SCANNED_PDF, '扫描件 PDF，没有文字层：未能读取表格'],
    ['encrypted PDF: it needs a password to open; save an unprotected copy', '加密的 PDF：需要密码才能打开；请另存一份不加密的副本'],
    ['truncated PDF: the file ends before its end-of-file marker (download it again)', 'PDF 文件不完整：文件在结束标记之前就断了（请重新下载）'],
    ['damaged PDF: Invalid PDF structure.', 'PDF 文件已损坏：Invalid PDF structure.'],
    ['PDF too large (70 MB; at most 64 MB)', 'PDF 太大（70 MB；最多 64 MB）'],
    ['PDF stream inflates past 64 MB: not read', 'PDF 中有数据流解压后超过 64 MB：未读取'],
    ['PDF streams inflate past 256 MB in all: not read', 'PDF 的数据流解压后合计超过 256 MB：未读取'],
  ])('%s', (en, zh) => expect(pdfErrorZh(en)).toBe(zh));

  it('other lines are not PDF outcomes', () => expect(pdfErrorZh('no such file')).toBeNull());
});
