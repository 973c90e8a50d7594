/**
 * A seed report's TEXT → the page a CMS would publish for it (never built from
 * the parsed values, which would make the comparison circular): every line of
 * prose a `<p>` (markdown headings `<h2>`…), every run of tab-separated lines a
 * `<table>`, with the merges a CMS table has where the text shows them: a label
 * followed by empty fields spans them (colspan), a label above empty fields of
 * the same columns spans down (rowspan), a number followed only by empty fields
 * spans to the row's end. Merges only ever cover empty fields, so the table's
 * full grid is the text's fields; the page is wrapped in the usual furniture.
 *
 * One repair of the text: a tab row shorter than its table lost fields. When
 * its label is a sub-row's ((七) 总计, (四) 无法提供, 2. 重复申请), they were the
 * cells a merged label column to its left covers — text converters drop them
 * (seed 001's `(七) 总计` sits one column left of its header) — so the builder
 * gives them back in front, where the merge above covers them; other short rows
 * (一、…四、) lost trailing padding. An HTML table keeps every cell, so the page
 * has each row where the report had it.
 */
import { readCell } from '../../src/lib/report/readCell';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

interface Merge {
  row: number;
  col: number;
  rowspan: number;
  colspan: number;
}

function merges(grid: string[][]): (Merge | 'covered' | 'empty')[][] {
  const width = Math.max(...grid.map((r) => r.length));
  const rows = grid.map((r) => [...r, ...Array(width - r.length).fill('')]);
  const out: (Merge | 'covered' | 'empty' | null)[][] = rows.map((r) => r.map(() => null));
  const free = (r: number, c: number) => c < width && rows[r][c].trim() === '' && out[r][c] === null;
  rows.forEach((fields, r) => {
    fields.forEach((field, c) => {
      if (out[r][c] !== null) return;
      if (field.trim() === '') return void (out[r][c] = 'empty');
      const isNumber = readCell(field).kind === 'number';
      let colspan = 1;
      if (!isNumber) while (free(r, c + colspan)) colspan++;
      else if (fields.slice(c + 1).every((f, i) => free(r, c + 1 + i))) colspan = width - c;
      let rowspan = 1;
      if (!isNumber)
        while (
          r + rowspan < rows.length &&
          rows[r + rowspan].some((f, i) => i >= c + colspan && f.trim() !== '') &&
          Array.from({ length: colspan }, (_, i) => free(r + rowspan, c + i)).every(Boolean)
        )
          rowspan++;
      for (let dr = 0; dr < rowspan; dr++) for (let dc = 0; dc < colspan; dc++) out[r + dr][c + dc] = 'covered';
      out[r][c] = { row: r, col: c, rowspan, colspan };
    });
  });
  return out as (Merge | 'covered' | 'empty')[][];
}

const SUB_ROW = /^\s*(?:[（(][一二三四五六七八九十]+[)）]|\d+\s*[.．、])/;

function tableHtml(lines: string[]): string {
  const split = lines.map((l) => l.split('\t'));
  const width = Math.max(...split.map((r) => r.length));
  const grid = split.map((r) => {
    const missing = Array(width - r.length).fill('');
    return SUB_ROW.test(r.find((f) => f.trim()) ?? '') ? [...missing, ...r] : [...r, ...missing];
  });
  const plan = merges(grid);
  const rows = plan.map((cells, r) => {
    const tds = cells.map((cell, c) => {
      if (cell === 'covered') return '';
      if (cell === 'empty') return '<td>&nbsp;</td>';
      const attrs = (cell.rowspan > 1 ? ` rowspan="${cell.rowspan}"` : '') + (cell.colspan > 1 ? ` colspan="${cell.colspan}"` : '');
      return `<td${attrs}><p><span>${escape(grid[r][c].trim())}</span></p></td>`;
    });
    return `<tr>${tds.join('')}</tr>`;
  });
  return `<table border="1" cellspacing="0" cellpadding="0">\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`;
}

function paragraph(line: string): string {
  const heading = /^(#{1,6})\s*(.*)$/.exec(line.trim());
  if (heading) return `<h${heading[1].length}>${escape(heading[2])}</h${heading[1].length}>`;
  return `<p style="text-indent:2em"><span style="font-family:仿宋_GB2312">${escape(line.trim())}</span></p>`;
}

/** The content div's markup for a report text. */
export function seedTextToContent(text: string): string {
  const lines = text.split(/\r\n|\r|\n/);
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].trim()) continue;
    if (!lines[i].includes('\t')) {
      out.push(paragraph(lines[i]));
      continue;
    }
    const run: string[] = [];
    let j = i;
    // Blank lines inside a table do not end it.
    while (j < lines.length && (lines[j].includes('\t') || (!lines[j].trim() && lines.slice(j).find((l) => l.trim())?.includes('\t')))) {
      if (lines[j].trim()) run.push(lines[j]);
      j++;
    }
    out.push(tableHtml(run));
    i = j - 1;
  }
  return out.join('\n');
}

/** A whole page around the content: head with meta, nav, breadcrumb, share widget, footer, scripts. */
export function seedTextToHtml(text: string, charset: string | null = 'utf-8'): string {
  return `<!DOCTYPE html>
<html><head>${charset ? `<meta http-equiv="Content-Type" content="text/html; charset=${charset}">` : ''}
<title>政府信息公开年报_人民政府门户网站</title><script>var views = 2020, a = "0 0 0";</script><style>td { border: 1px solid }</style></head>
<body><div class="header"><div class="nav"><a href="/">首页</a> <a href="/zwgk">政务公开</a></div></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政府信息公开年报</a></div>
<div class="article"><div class="info">发布时间：2021-01-29 浏览次数：88</div>
<div class="content" id="zoom">
${seedTextToContent(text)}
</div>
<div class="bdsharebuttonbox">分享到：<a class="bds_weixin">微信</a></div></div>
<div class="footer"><p>主办单位：人民政府办公室 版权所有 ICP备 00000000号</p></div>
</body></html>`;
}
