import { describe, expect, it } from 'vitest';
import { encodeGbk } from '../synthetic/encodeGbk';
import { decodeHtml } from './decodeHtml';
import { htmlToText } from './htmlToText';
import { isElement, type Element, type Node } from './nodes';
import { parsePage } from './parsePage';
import { readTableGrid } from './readTableGrid';
import { sniffCharset } from './sniffCharset';

function firstTable(html: string): Element {
  const stack: Node[] = [parsePage(html)];
  while (stack.length) {
    const node = stack.pop()!;
    if (isElement(node) && node.tagName === 'table') return node;
    if ('childNodes' in node) stack.push(...[...node.childNodes].reverse());
  }
  throw new Error('no table');
}

const grid = (rows: string) => readTableGrid(firstTable(`<table>${rows}</table>`), new Set());
const page = (body: string, head = '') => `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;

describe('tables are read on their full grid', () => {
  it.each([
    ['colspan leaves the covered cells empty', '<tr><td colspan=3>a</td><td>1</td></tr><tr><td>b</td><td>c</td><td>d</td><td>2</td></tr>', [['a', '', '', '1'], ['b', 'c', 'd', '2']]],
    ['rowspan puts the text in the first row only', '<tr><td rowspan=2>g</td><td>x</td><td>1</td></tr><tr><td>y</td><td>2</td></tr>', [['g', 'x', '1'], ['', 'y', '2']]],
    ['rowspan and colspan together', '<tr><td rowspan=2 colspan=2>n</td><td>h</td></tr><tr><td>k</td></tr><tr><td>a</td><td>b</td><td>1</td></tr>', [['n', '', 'h'], ['', '', 'k'], ['a', 'b', '1']]],
    ['short rows are padded to the table width', '<tr><td>a</td><td>1</td><td>2</td></tr><tr><td>b</td></tr>', [['a', '1', '2'], ['b', '', '']]],
    ['empty and &nbsp; cells stay empty fields', '<tr><td>a</td><td></td><td>&nbsp;</td><td><p><span>&nbsp;</span></p></td><td>3</td></tr>', [['a', '', '', '', '3']]],
    ['nested p, span and br are flattened to one field', '<tr><td><p><span>1.属于</span><span>国家</span></p><p>秘密</p></td><td><span>1</span><span>2</span></td><td>结果<br>维持</td></tr>', [['1.属于国家 秘密', '12', '结果 维持']]],
    ['a rowspan never reaches past its row group', '<thead><tr><td rowspan=3>h</td><td>x</td></tr></thead><tbody><tr><td>a</td><td>1</td></tr></tbody>', [['h', 'x'], ['a', '1']]],
    ['rowspan=0 spans to the end of the group', '<tr><td rowspan=0>g</td><td>1</td></tr><tr><td>2</td></tr><tr><td>3</td></tr>', [['g', '1'], ['', '2'], ['', '3']]],
    ['a tab inside a cell never splits the grid', '<tr><td>a\tb</td><td>1</td></tr>', [['a b', '1']]],
    ['rows without any text are dropped', '<tr><td>a</td><td>1</td></tr><tr><td></td><td>&nbsp;</td></tr>', [['a', '1']]],
    ['unclosed td and tr are repaired as browsers do', '<tr><td>a<td>1<tr><td>b<td>2', [['a', '1'], ['b', '2']]],
  ])('%s', (_, rows, want) => {
    expect(grid(rows)).toEqual(want);
  });

  it('absurd spans are clamped, not allocated', () => {
    const rows = grid('<tr><td colspan=99999 rowspan=99999>a</td></tr><tr><td>1</td></tr>');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveLength(1001);
    expect(rows[1][1000]).toBe('1');
  });
});

describe('the text form of a page', () => {
  it('keeps only the content: scripts, styles, nav, breadcrumbs, share, footer and hidden text never appear', () => {
    const html = page(
      `<div class="nav"><a>首页</a><a>政务公开</a></div><div class="position">当前位置：<a>首页</a> &gt; 年报</div>
<div id="zoom"><p>一、总体情况</p><p>2021 年，我局全年在门户网站发布信息 12 条。</p><p>二、主动公开政府信息情况</p><p>本年度我局继续做好主动公开。</p></div>
<div class="bdsharebuttonbox">分享到：<a>微信</a></div><div>【<a>打印本页</a>】【<a>关闭窗口</a>】</div>
<footer>版权所有 © 2022 ICP备123号</footer><div style="display:none">9 9 9</div><script>var a = "2020年 0 0 0";</script>`,
      '<style>p { color: red }</style><title>首页</title>',
    );
    expect(htmlToText(html).text).toBe('一、总体情况\n\n2021 年，我局全年在门户网站发布信息 12 条。\n\n二、主动公开政府信息情况\n\n本年度我局继续做好主动公开。\n');
  });

  it('a title above the content div is put on top; sidebar links never count as the title', () => {
    const html = page(
      `<div class="left"><a>某县公安局2020年政府信息公开工作年度报告</a></div><div class="article"><h1>某县公安局2021年政府信息公开工作年度报告</h1>
<div class="content"><p>一、总体情况</p><p>${'2021 年，我局认真贯彻落实《条例》，全年发布信息 12 条。'.repeat(5)}</p></div></div>`,
    );
    const { text, title } = htmlToText(html);
    expect(title).toBe('某县公安局2021年政府信息公开工作年度报告');
    expect(text.split('\n')[0]).toBe(title);
  });

  it('the title falls back to the matching part of <title>', () => {
    const html = page('<div><p>一、总体情况</p><p>2021 年，我局认真贯彻落实《条例》。</p></div>', '<title>某县公安局2021年政府信息公开工作年度报告_某县人民政府</title>');
    expect(htmlToText(html).title).toBe('某县公安局2021年政府信息公开工作年度报告');
  });

  it('br breaks a line, a source line break between Chinese characters disappears, &nbsp; is a space', () => {
    const html = page('<p>某县公安局<br>2022年1月20日</p><p>全年在门户网\n站发布信息&nbsp;12&nbsp;条。</p>');
    expect(htmlToText(html).text).toBe('某县公安局\n2022年1月20日\n\n全年在门户网站发布信息 12 条。\n');
  });

  it('a layout table (holding tables) is read as blocks, the data table inside on its grid', () => {
    const html = page('<table><tr><td><p>说明文字。</p><table><tr><td>规章</td><td>1</td></tr><tr><td>规范性文件</td><td>2</td></tr></table></td></tr></table>');
    expect(htmlToText(html).text).toBe('说明文字。\n\n规章\t1\n规范性文件\t2\n');
  });

  it('a table split in two with its header rows repeated reads as one table', () => {
    const head = '<tr><td>项目</td><td>数量</td></tr>';
    const html = page(`<table>${head}<tr><td>a</td><td>1</td></tr></table><p>续表</p><table>${head}<tr><td>b</td><td>2</td></tr></table>`);
    expect(htmlToText(html).text).toBe('项目\t数量\na\t1\n\n续表\n\nb\t2\n');
  });

  it('tables as pictures are counted; icons are not', () => {
    const html = page('<p>一、总体情况</p><p><img src="/u/t2.png" width="600" height="400"></p><p><img src="/u/t3.jpg"></p><img src="/images/print_icon.gif"><img src="/x.png" width="16" height="16">');
    expect(htmlToText(html)).toMatchObject({ images: 2, tables: 0 });
  });

  it('<pre> keeps its lines and tab-separated rows', () => {
    expect(htmlToText(page('<pre>行政许可\t12\n行政处罚\t3</pre>')).text).toBe('行政许可\t12\n行政处罚\t3\n');
  });
});

describe('charset', () => {
  const gbkPage = (meta: string) => encodeGbk(page('<p>宝鸡市公安局政府信息公开工作年度报告</p>', meta));

  it.each([
    ['<meta charset="gb2312">', 'gb2312'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=GBK" />', 'GBK'],
    ['<meta charset=utf-8>', 'utf-8'],
    ['', null],
  ])('sniffs %s', (meta, want) => {
    expect(sniffCharset(new TextEncoder().encode(page('', meta)))).toBe(want);
  });

  it.each([
    ['GBK page with a gb2312 meta', '<meta charset="gb2312">', 'gb18030'],
    ['GBK page without a charset meta', '', 'gb18030'],
    ['GBK page whose meta wrongly says utf-8', '<meta charset="utf-8">', 'gb18030'],
  ])('%s decodes', (_, meta, encoding) => {
    const d = decodeHtml(gbkPage(meta));
    expect(d.ok && d.encoding).toBe(encoding);
    expect(d.ok && d.text).toContain('宝鸡市公安局政府信息公开工作年度报告');
  });

  it('a UTF-8 page whose meta still says gb2312 is read as UTF-8', () => {
    const d = decodeHtml(new TextEncoder().encode(page('<p>宝鸡市公安局</p>', '<meta charset="gb2312">')));
    expect(d.ok && d.encoding).toBe('utf-8');
    expect(d.ok && d.text).toContain('宝鸡市公安局');
  });

  it('a declared Big5 page is read as Big5', () => {
    // 資訊 in Big5
    const bytes = new Uint8Array([...new TextEncoder().encode(page('', '<meta charset="big5">').replace('</body>', '')), 0xb8, 0xea, 0xb0, 0x54, ...new TextEncoder().encode('</body></html>')]);
    const d = decodeHtml(bytes);
    expect(d.ok && d.encoding).toBe('big5');
    expect(d.ok && d.text).toContain('資訊');
  });
});
