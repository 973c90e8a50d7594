/**
 * The text form of PDF pages built from tokens placed by hand (synthetic test data):
 * table columns come from geometry, so a blank cell stays an empty field in its own
 * column; wrapped and stacked labels join their row; page numbers go; a table
 * continued on the next page goes on in the same columns.
 */
import { describe, expect, it } from 'vitest';
import { pdfToText } from './pdfToText';
import type { PageTokens } from './dropPageFurniture';
import type { PdfToken } from './pdfToken';
import { toTokens } from './toTokens';

const H = 842;
/** A token with its baseline `y` from the page top, like a PDF item at (x, H − y). */
function tok(page: number, x: number, y: number, text: string, size = 10, width = size * [...text].length * (/^[\d.]+$/.test(text) ? 0.5 : 1)): PdfToken {
  return { text, page, x0: x, x1: x + width, top: y - size * 0.88, bottom: y + size * 0.12, cy: y - size * 0.38, size };
}
/** A table row: label at x 80, values centred on the columns (blank: null). */
const COLS = [300, 330, 360, 390, 420, 450, 480];
function row(page: number, y: number, label: string, values: (number | null)[], labelX = 80): PdfToken[] {
  const out = label ? [tok(page, labelX, y, label, 9)] : [];
  values.forEach((v, i) => {
    if (v === null) return;
    const w = String(v).length * 5;
    out.push(tok(page, COLS[i] - w / 2, y + 1, String(v), 10, w));
  });
  return out;
}
const header = (page: number, y: number) =>
  ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'].map((t, i) => tok(page, COLS[i] - 10, y, t.slice(0, 2), 9, 18));
const lines = (text: string) => text.split('\n');

describe('pdfToText: tables from geometry', () => {
  it('a blank cell stays an empty field in its column, never shifted (first, middle and last cells)', () => {
    const page: PageTokens = {
      height: H,
      tokens: [
        tok(1, 80, 100, '三、收到和处理政府信息公开申请情况', 16),
        ...header(1, 140),
        ...row(1, 170, '一、本年新收政府信息公开申请数量', [null, 1, 0, 0, 0, 0, 1]),
        ...row(1, 190, '二、上年结转政府信息公开申请数量', [2, 0, null, 0, 0, 0, 2]),
        ...row(1, 210, '四、结转下年度继续办理', [3, 0, 0, 0, 0, 0, null]),
      ],
    };
    const text = lines(pdfToText([page]).text);
    expect(text).toContain('一、本年新收政府信息公开申请数量\t\t1\t0\t0\t0\t0\t1');
    expect(text).toContain('二、上年结转政府信息公开申请数量\t2\t0\t\t0\t0\t0\t2');
    expect(text).toContain('四、结转下年度继续办理\t3\t0\t0\t0\t0\t0\t');
    expect(text).toContain('\t自然\t商业\t科研\t社会\t法律\t其他\t总计');
    expect(text[0]).toBe('三、收到和处理政府信息公开申请情况');
  });

  it('a row under a table whose label and value are a letter space apart is a row, not prose (table 2\'s fee line)', () => {
    const label = '行政事业性收费';
    const page: PageTokens = {
      height: H,
      tokens: [
        tok(1, 80, 100, '信息内容', 9),
        tok(1, 300, 100, '本年收费金额（单位：万元）', 9),
        tok(1, 80, 120, label, 9),
        tok(1, 80 + 9 * label.length + 1, 120, '972.4015', 9),
        tok(1, 80, 160, '三、收到和处理政府信息公开申请情况', 16),
      ],
    };
    const text = lines(pdfToText([page]).text);
    expect(text).toContain('行政事业性收费\t972.4015');
    expect(text).toContain('三、收到和处理政府信息公开申请情况');
  });

  it('a wrapped label joins its row; a vertical label stacked one character per line joins one row, whole', () => {
    const stack = [...'三、本年度办理结果'].filter((c) => c !== '、').map((c, i) => tok(1, 60, 180 + i * 15, i === 0 ? '三、' : c, 7.5, 7.5));
    const page: PageTokens = {
      height: H,
      tokens: [
        ...header(1, 140),
        ...row(1, 170, '一、本年新收政府信息公开申请数量', [1, 0, 0, 0, 0, 0, 1]),
        ...stack,
        ...row(1, 190, '（一）予以公开', [1, 0, 0, 0, 0, 0, 1], 100),
        tok(1, 100, 208, '（二）部分公开（区分处理的，只计这一情', 7.5),
        tok(1, 100, 223, '形，不计其他情形）', 7.5),
        ...row(1, 215, '', [0, 0, 0, 0, 0, 0, 0]),
        ...row(1, 240, '（三）不予公开', [0, 0, 0, 0, 0, 0, 0], 100),
        ...row(1, 260, '（七）总计', [1, 0, 0, 0, 0, 0, 1], 100),
      ],
    };
    const text = lines(pdfToText([page]).text);
    expect(text).toContain('（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t0\t0\t0\t0\t0\t0\t0');
    expect(text.filter((l) => l.includes('三、本年度办理结果'))).toHaveLength(1);
    // Like a merged cell's text, it belongs to the first row it spans.
    expect(text).toContain('三、本年度办理结果（一）予以公开\t1\t0\t0\t0\t0\t0\t1');
  });

  it('short prose lines at the same x are not a vertical label: a word glued to its line, or lines alone, stay lines', () => {
    // Seed 004 prints table 4 one word per line under 行政复议 行政诉讼; Chromium splits 行|政复议 into two items.
    const words = ['结果', '纠正', '其他', '结果', '尚未', '审结', '总计'];
    const page: PageTokens = {
      height: H,
      tokens: [
        tok(1, 58, 40, '一是分局部分单位对政务公开工作不够重视，公开信息', 12),
        tok(1, 58, 70, '报送不够及时、主动；', 12),
        tok(1, 58, 100, '行', 12),
        tok(1, 70, 100, '政复议', 12),
        tok(1, 110, 100, '行', 12),
        tok(1, 122, 100, '政诉讼', 12),
        ...words.map((w, i) => tok(1, 58, 130 + i * 30, w, 12)),
      ],
    };
    const text = lines(pdfToText([page]).text);
    expect(text.slice(1, 9)).toEqual(['行政复议行政诉讼', ...words]);
  });

  it('a page number inside a table is dropped and the table continues on the next page in the same columns', () => {
    const p1: PageTokens = {
      height: H,
      tokens: [...header(1, 600), ...row(1, 640, '一、本年新收政府信息公开申请数量', [5, 0, 0, 0, 0, 0, 5]), ...row(1, 760, '1.属于国家秘密', [1, null, 0, 0, 0, 0, 1]), tok(1, 280, 805, '- 3 -', 13, 30)],
    };
    const p2: PageTokens = {
      height: H,
      tokens: [tok(2, 280, 30, '- 4 -', 13, 30), ...row(2, 90, '2.其他法律行政法规禁止公开', [null, 0, 0, 0, 0, 0, 0]), ...row(2, 110, '四、结转下年度继续办理', [0, 0, 0, 0, 0, 0, 0])],
    };
    const out = pdfToText([p1, p2]);
    const text = lines(out.text);
    expect(out.text).not.toMatch(/- [34] -/);
    expect(text).toContain('1.属于国家秘密\t1\t\t0\t0\t0\t0\t1');
    expect(text).toContain('2.其他法律行政法规禁止公开\t\t0\t0\t0\t0\t0\t0');
    // One table: no blank line between the rows of the two pages.
    const a = text.indexOf('1.属于国家秘密\t1\t\t0\t0\t0\t0\t1');
    expect(text[a + 1]).toBe('2.其他法律行政法规禁止公开\t\t0\t0\t0\t0\t0\t0');
    // Evidence: each line knows its page and box.
    expect(out.sources[a]?.page).toBe(1);
    expect(out.sources[a + 1]?.page).toBe(2);
  });

  it('numbers of a table row near the page edge are not taken for a page number', () => {
    const page: PageTokens = { height: H, tokens: [...header(1, 700), ...row(1, 780, '1.本机关不掌握相关政府信息', [746, 12, 0, 0, 10, 1, 769])] };
    expect(lines(pdfToText([page]).text)).toContain('1.本机关不掌握相关政府信息\t746\t12\t0\t0\t10\t1\t769');
  });

  it('prose lines run on into one paragraph; a first-line indent starts the next', () => {
    const full = '政'.repeat(28);
    const page: PageTokens = {
      height: H,
      tokens: [tok(1, 106, 100, full.slice(2), 16), tok(1, 74, 127, full, 16), tok(1, 74, 154, '受理申请 21 件。', 16), tok(1, 106, 181, '下一段。', 16)],
    };
    expect(lines(pdfToText([page]).text)).toEqual([full.slice(2) + full + '受理申请 21 件。', '下一段。']);
  });

  it('a web table printed by a browser (every cell left-aligned) keeps each cell in its grid column; print margins go', () => {
    const L = (x: number, y: number, t: string) => tok(1, x, y, t, 12, t.length * (/^\d/.test(t) ? 6.7 : 12));
    const page: PageTokens = {
      height: H,
      tokens: [
        tok(1, 28, 20, '2021/1/29 10:00', 6, 50),
        L(35, 100, '申请人情况'),
        ...['自然人', '商业', '科研', '其他', '总计'].map((t, i) => L(230 + i * 40, 120, t)),
        L(35, 150, '一、本年新收政府信息公开申请数量'),
        L(230, 150, '10'),
        ...[0, 0, 0].map((v, i) => L(270 + i * 40, 150, String(v))),
        L(390, 150, '10'),
        L(35, 170, '（三）不予公开'),
        L(130, 170, '1.属于国家秘密'),
        L(270, 170, '0'),
        L(310, 170, '0'),
        L(390, 170, '0'),
        tok(1, 28, 830, 'https://example.gov.cn/report.html', 6, 120),
        tok(1, 540, 830, '1/4', 6, 10),
      ],
    };
    const text = lines(pdfToText([page]).text);
    expect(text).toContain('一、本年新收政府信息公开申请数量\t\t10\t0\t0\t0\t10');
    expect(text).toContain('（三）不予公开\t1.属于国家秘密\t\t0\t0\t\t0');
    expect(text, JSON.stringify(text)).toContain('\t\t自然人\t商业\t科研\t其他\t总计');
    expect(text.join('\n')).not.toMatch(/2021\/1\/29|example\.gov|1\/4/);
  });

  it('compatibility characters of a text layer read as plain ones (⼀ ⾏ ⻚ → 一 行 页); one run holding two cells is cut', () => {
    const item = (str: string, x: number, width: number) => ({ str, transform: [12, 0, 0, 12, x, 700], width, height: 12 });
    const tokens = toTokens([item('⼀、⾸⻚', 80, 48), item('0 10', 300, 40)], 1, H);
    expect(tokens.map((t) => t.text)).toEqual(['一、首页', '0', '10']);
    // The second number starts where the run's width, minus its digits, puts it.
    expect(tokens[2].x0).toBeCloseTo(300 + 40 - 2 * 6.72, 1);
  });
  it("a row whose values print a line above its wrapped label keeps them, though the next row's label stands further right", () => {
    // Chromium's print of seed 002: 7.属于行政执法 / 案卷 under its values, 8.属于行政查询事项 in the next label column.
    const page: PageTokens = {
      height: H,
      tokens: [
        ...header(1, 400),
        ...row(1, 420, '6.属于四类过程性信息', [0, 0, 0, 0, 0, 0, 0]),
        ...row(1, 441, '', [1, 0, 0, 0, 0, 0, 1]),
        tok(1, 80, 464, '7.属于行政执法', 9),
        tok(1, 80, 483, '案卷', 9),
        tok(1, 230, 484, '8.属于行政查询事项', 9),
        ...row(1, 492, '', [2, 0, 0, 0, 0, 0, 2]),
      ],
    };
    const text = lines(pdfToText([page]).text);
    expect(text).toContain('7.属于行政执法案卷\t1\t0\t0\t0\t0\t0\t1');
    expect(text).toContain('8.属于行政查询事项\t2\t0\t0\t0\t0\t0\t2');
  });

  it('a table of values only (table 4) keeps the columns its header cells stand over left of the first value, blank in its row', () => {
    // Writer's PDF of a centred Word table: 行政复议's five columns blank, 行政诉讼's ten printed 0.
    const heads = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
    const x = (i: number) => 80 + i * 30;
    const page: PageTokens = {
      height: H,
      tokens: [
        tok(1, 80, 100, '四、政府信息公开行政复议、行政诉讼情况', 16),
        tok(1, x(1), 130, '行政复议', 9),
        tok(1, x(7), 130, '行政诉讼', 9),
        ...Array.from({ length: 15 }, (_, i) => tok(1, x(i) - 2, 150, heads[i % 5].slice(0, 2), 9, 18)),
        ...Array.from({ length: 10 }, (_, i) => tok(1, x(i + 5) + 4, 180, '0', 10, 5)),
      ],
    };
    const text = lines(pdfToText([page]).text);
    expect(text).toContain(['', '', '', '', '', ...Array(10).fill('0')].join('\t'));
  });

  it('a centred table is not taken for a left-aligned web table where a header and a value of one width start at one x', () => {
    // Writer's PDF on an A5 page: 量 (the wrapped end of 上一年项目数量) stands centred over 40, as wide as it.
    const page: PageTokens = {
      height: H,
      tokens: [
        tok(1, 165, 100, '第二十条第（五）项', 10, 90),
        tok(1, 70, 112, '信息内容', 10),
        tok(1, 140, 112, '上一年项目数', 10),
        tok(1, 229, 112, '本年增/减', 10, 43),
        tok(1, 300, 112, '处理决定数量', 10),
        tok(1, 165, 123, '量', 10),
        tok(1, 70, 135, '行政许可', 10),
        tok(1, 165, 135, '40', 10, 10),
        tok(1, 248, 135, '0', 10, 5),
        tok(1, 315, 135, '788308', 10, 30),
        tok(1, 60, 147, '其他对外管理', 10),
        tok(1, 168, 147, '4', 10, 5),
        tok(1, 248, 147, '0', 10, 5),
        tok(1, 320, 147, '1092', 10, 20),
      ],
    };
    const text = lines(pdfToText([page]).text);
    expect(text).toContain('行政许可\t40\t0\t788308');
    expect(text).toContain('其他对外管理\t4\t0\t1092');
  });

  it("a centred cell's wrapped label lines join the row they continue, though nearer the next row", () => {
    // Word and Writer centre each line of a wrapped cell: the lines share a centre, not a left edge.
    const centred = (y: number, text: string) => tok(1, 150 - (9 * [...text].length) / 2, y, text, 9);
    const page: PageTokens = {
      height: H,
      tokens: [
        ...header(1, 140),
        centred(170, '一、本年新收政府信息'),
        ...row(1, 170, '', [1, 0, 0, 0, 0, 0, 1]),
        centred(182, '公开申请数量'),
        centred(192, '二、上年结转政府信息'),
        ...row(1, 192, '', [2, 0, 0, 0, 0, 0, 2]),
        centred(204, '公开申请数量'),
        centred(214, '四、结转下年度继续办理'),
        ...row(1, 214, '', [3, 0, 0, 0, 0, 0, 3]),
      ],
    };
    const text = lines(pdfToText([page]).text);
    expect(text).toContain('一、本年新收政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1');
    expect(text).toContain('二、上年结转政府信息公开申请数量\t2\t0\t0\t0\t0\t0\t2');
  });

  it('a row drawn out of line (its own columns): as many numbers as columns fill them in order, else none is read, with a warning', () => {
    // Writer spreads a Word row with fewer cells over the table's width: its numbers stand between the columns.
    const shifted = (x: number, y: number, label: string, values: number[]) => [tok(1, 80, y, label, 9), ...values.map((v, i) => tok(1, x + i * 30, y + 1, String(v), 10, 5))];
    const page: PageTokens = {
      height: H,
      tokens: [
        ...header(1, 140),
        ...row(1, 170, '一、本年新收政府信息公开申请数量', [1, 0, 0, 0, 0, 0, 1]),
        ...row(1, 190, '二、上年结转政府信息公开申请数量', [2, 0, 0, 0, 0, 0, 2]),
        ...row(1, 210, '（七）总计', [3, 0, 0, 0, 0, 0, 3]),
        ...shifted(268, 230, '四、结转下年度继续办理', [4, 0, 0, 0, 0, 0, 4]),
        ...shifted(283, 250, '（八）其他', [5, 0, 0, 0, 0, 5]),
      ],
    };
    const read = pdfToText([page]);
    const text = lines(read.text);
    expect(text).toContain('一、本年新收政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1');
    expect(text).toContain('四、结转下年度继续办理\t4\t0\t0\t0\t0\t0\t4');
    expect(text).toContain('（八）其他\t\t\t\t\t\t\t');
    expect(read.warnings).toEqual(['PDF 第 1 页表格行「（八）其他」的数字与表格的列不齐，未读取']);
  });

  it('a centred table is not taken for a web table where a few texts start where values do', () => {
    // Writer's centred cells on an even grid: two blank rows' labels, spanning value columns, start at a value's x by chance.
    const page: PageTokens = {
      height: H,
      tokens: [
        ...header(1, 140),
        ...row(1, 170, '（一）予以公开', [1, 0, 0, 0, 0, 0, 1]),
        tok(1, 297.5, 190, '1. 属于国家秘密', 9, 100),
        tok(1, 297.5, 205, '2. 重复申请', 9, 60),
        ...row(1, 225, '（六）其他处理', [2, 0, 0, 0, 0, 0, 2]),
        ...row(1, 245, '（七）总计', [3, 0, 0, 0, 0, 0, 3]),
      ],
    };
    const text = lines(pdfToText([page]).text);
    expect(text.filter((l) => l.startsWith('（一）予以公开') && l.endsWith('\t1\t0\t0\t0\t0\t0\t1'))).toHaveLength(1);
    expect(text).toContain('（七）总计\t3\t0\t0\t0\t0\t0\t3');
  });

  it("a centred cell's wrapped lines read top down, though the wider middle line starts further left", () => {
    const centred = (y: number, text: string) => tok(1, 150 - (9 * [...text].length) / 2, y, text, 9);
    const page: PageTokens = {
      height: H,
      tokens: [
        ...header(1, 140),
        ...row(1, 170, '4.保护第三方合法权益', [0, 0, 0, 0, 0, 0, 0]),
        centred(192, '5.属于'),
        ...row(1, 192, '', [3, 0, 0, 0, 0, 0, 3]),
        centred(204, '三类内部事务'),
        centred(216, '信息'),
        ...row(1, 240, '6.属于四类过程性信息', [0, 0, 0, 0, 0, 0, 0]),
      ],
    };
    expect(lines(pdfToText([page]).text)).toContain('5.属于三类内部事务信息\t3\t0\t0\t0\t0\t0\t3');
  });

  it('a blank row (a label, no values) is a row of its own with every cell empty: not a second label of a row near it', () => {
    // Writer's PDF of a Word table 3: 1.属于国家秘密 blank above a row whose two-line label its values are centred on;
    // 3.其他 blank right above （七）总计, whose cell spans both label columns.
    const page: PageTokens = {
      height: H,
      tokens: [
        ...header(1, 140),
        ...row(1, 170, '（二）部分公开（区分处理的）', [1, 0, 0, 0, 0, 0, 1]),
        tok(1, 150, 186, '1.属于国家秘密', 9),
        tok(1, 150, 200, '2.其他法律行政法规禁', 9),
        ...row(1, 206, '', [2, 0, 0, 0, 0, 0, 2]),
        tok(1, 150, 212, '止公开', 9),
        ...row(1, 230, '', [0, 0, 0, 0, 0, 0, 0], 150).concat(tok(1, 150, 230, '3.危及“三安全一稳定”', 9)),
        tok(1, 150, 246, '3.其他', 9),
        ...row(1, 262, '（七）总计', [3, 0, 0, 0, 0, 0, 3]),
      ],
    };
    const text = lines(pdfToText([page]).text);
    expect(text).toContain('（二）部分公开（区分处理的）\t1\t0\t0\t0\t0\t0\t1');
    expect(text).toContain('1.属于国家秘密\t\t\t\t\t\t\t');
    expect(text).toContain('2.其他法律行政法规禁止公开\t2\t0\t0\t0\t0\t0\t2');
    expect(text).toContain('3.其他\t\t\t\t\t\t\t');
    expect(text).toContain('（七）总计\t3\t0\t0\t0\t0\t0\t3');
  });

  it('a group label spanning rows stays with them, left of their labels, though it sits between two rows', () => {
    const page: PageTokens = {
      height: H,
      tokens: [
        ...header(1, 140),
        ...row(1, 170, '1.本机关不掌握相关政府信息', [1, 0, 0, 0, 0, 0, 1], 150),
        tok(1, 80, 180, '（四）无法提供', 9),
        ...row(1, 190, '2.没有现成信息需要另行制作', [0, 0, 0, 0, 0, 0, 0], 150),
      ],
    };
    const text = lines(pdfToText([page]).text);
    expect(text.filter((l) => l.startsWith('（四）无法提供'))).toHaveLength(1);
    expect(text.some((l) => /^（四）无法提供\t+$/.test(l))).toBe(false);
  });

  it('header cells over columns blank in every row are columns: two cells a few points apart, or left of the only value', () => {
    // Writer's PDF in 12 pt: header cells fill their cells; a sub-table's numbers only in its last column.
    const page: PageTokens = {
      height: H,
      tokens: [
        tok(1, 200, 100, '第二十条第（一）项', 10, 90),
        tok(1, 80, 112, '信息内容', 10),
        tok(1, 160, 112, '本年新制作数量', 10, 70),
        tok(1, 238, 112, '本年新公开数量', 10, 70),
        tok(1, 316, 112, '对外公开总数量', 10, 70),
        tok(1, 80, 126, '规章', 10),
        tok(1, 193, 126, '0', 10, 5),
        tok(1, 80, 140, '规范性文件', 10),
        tok(1, 349, 140, '0', 10, 5),
        tok(1, 200, 160, '第二十条第（五）项', 10, 90),
        tok(1, 80, 172, '信息内容', 10),
        tok(1, 160, 172, '上一年项目数量', 10, 70),
        tok(1, 248, 172, '本年增/减', 10, 45),
        tok(1, 321, 172, '处理决定数量', 10, 60),
        tok(1, 80, 186, '行政许可', 10),
        tok(1, 349, 186, '0', 10, 5),
        tok(1, 80, 200, '其他对外管理服务事项', 10, 75),
        tok(1, 346, 200, '12', 10, 10),
      ],
    };
    const text = lines(pdfToText([page]).text);
    expect(text).toContain('规章\t0\t\t');
    expect(text).toContain('规范性文件\t\t\t0');
    expect(text).toContain('行政许可\t\t\t0');
    expect(text).toContain('其他对外管理服务事项\t\t\t12');
  });

  it("a row split by a page break: its label's end at the top of the next page goes back to it, not to the next row", () => {
    // Writer's PDF of a Word table 3: 1.申请人无正当理由逾 and its values at the foot of page 1, the rest of its label on page 2.
    const p1: PageTokens = {
      height: H,
      tokens: [...header(1, 600), ...row(1, 640, '5.要求行政机关确认或重新出具已获取信息', [0, 0, 0, 0, 0, 0, 0], 150), ...row(1, 760, '1.申请人无正当理由逾', [1, 0, 0, 0, 0, 0, 1], 150)],
    };
    const p2: PageTokens = {
      height: H,
      tokens: [
        tok(2, 150, 60, '期不补正、行政机关', 9),
        tok(2, 150, 72, '不再处理其申请', 9),
        tok(2, 150, 88, '2.申请人逾期未按收费', 9),
        ...row(2, 94, '', [2, 0, 0, 0, 0, 0, 2]),
        tok(2, 150, 100, '通知要求缴纳费用', 9),
        ...row(2, 120, '3.其他', [0, 0, 0, 0, 0, 0, 0], 150),
      ],
    };
    const text = lines(pdfToText([p1, p2]).text);
    expect(text).toContain('1.申请人无正当理由逾期不补正、行政机关不再处理其申请\t1\t0\t0\t0\t0\t0\t1');
    expect(text).toContain('2.申请人逾期未按收费通知要求缴纳费用\t2\t0\t0\t0\t0\t0\t2');
  });
});
