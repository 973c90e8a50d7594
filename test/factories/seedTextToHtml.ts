/**
 * A seed report's TEXT → the page a CMS would publish for it: the blocks of
 * `seedTextToBlocks.ts` (prose, headings, tables with their merged cells) as
 * `<p>`, `<h2>`… and `<table>` with `rowspan`/`colspan`, wrapped in the usual
 * furniture.
 */
import { seedTextToBlocks, type SeedBlock } from './seedTextToBlocks';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function tableHtml({ grid, plan }: Extract<SeedBlock, { kind: 'table' }>): string {
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

function blockHtml(block: SeedBlock): string {
  if (block.kind === 'heading') return `<h${block.level}>${escape(block.text)}</h${block.level}>`;
  if (block.kind === 'paragraph') return `<p style="text-indent:2em"><span style="font-family:仿宋_GB2312">${escape(block.text)}</span></p>`;
  return tableHtml(block);
}

/** The content div's markup for a report text. */
export function seedTextToContent(text: string): string {
  return seedTextToBlocks(text).map(blockHtml).join('\n');
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
