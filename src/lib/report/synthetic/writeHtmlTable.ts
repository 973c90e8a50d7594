/**
 * An HTML table model → markup as government CMSs print it: `border=1`
 * tables, sometimes `<thead>`/`<th>`, cells wrapping their text in
 * `<p><span style=…>`, numbers broken over two spans, blanks as nothing,
 * `&nbsp;` or a dash, tall merged labels one character per line, optional end
 * tags left out. With `split`, the table is printed as two `<table>`s at one of
 * its split points, the second repeating the header rows (usually); a merged
 * cell running over the split continues as an empty merged cell in the second.
 */
import type { Rng } from './createRng';
import type { HtmlCell, HtmlTable } from './types';

export interface HtmlTableStyle {
  /** Text → markup-safe text (escaping, digit style). */
  text: (s: string) => string;
}

interface Look {
  th: boolean;
  thead: boolean;
  tbody: boolean;
  wrapP: boolean;
  closeTags: boolean;
  width: boolean;
}

function splitText(text: string, rng: Rng): [string, string] | null {
  const chars = [...text];
  if (chars.length < 2) return null;
  const at = rng.int(1, chars.length - 1);
  return [chars.slice(0, at).join(''), chars.slice(at).join('')];
}

function inner(cell: HtmlCell, look: Look, rng: Rng, style: HtmlTableStyle): string {
  if (cell.text === '') return rng.pick(['', '&nbsp;', '<p>&nbsp;</p>', '<p style="text-align:center"><span style="font-size:14px">&nbsp;</span></p>', ' ']);
  if (cell.vertical) return [...cell.text].map(style.text).join(rng.pick(['<br>', '<br/>', '<br />']));
  const parts = rng.chance(0.2) ? splitText(cell.text, rng) : null;
  const body = parts
    ? parts.map((p) => `<span style="font-family:${rng.pick(['宋体', '仿宋_GB2312', 'Times New Roman'])}">${style.text(p)}</span>`).join('')
    : style.text(cell.text);
  if (!look.wrapP) return body;
  const align = cell.value || cell.head ? ' align="center"' : '';
  return `<p${align} style="margin:0"><span style="font-size:${rng.pick(['12pt', '14px', '10.5pt'])}">${body}</span></p>`;
}

function cellHtml(cell: HtmlCell, look: Look, rng: Rng, style: HtmlTableStyle): string {
  const tag = cell.head && look.th ? 'th' : 'td';
  let attrs = '';
  if ((cell.rowspan ?? 1) > 1) attrs += ` rowspan="${cell.rowspan}"`;
  if ((cell.colspan ?? 1) > 1) attrs += rng.chance(0.2) ? ` colspan=${cell.colspan}` : ` colspan="${cell.colspan}"`;
  if (look.width) attrs += ` width="${(cell.colspan ?? 1) * 60}" valign="center"`;
  return `<${tag}${attrs}>${inner(cell, look, rng, style)}${look.closeTags ? `</${tag}>` : ''}`;
}

function rowsHtml(rows: HtmlCell[][], look: Look, rng: Rng, style: HtmlTableStyle): string[] {
  return rows.map((cells) => {
    const sorted = [...cells].sort((a, b) => a.col - b.col);
    return `<tr>${sorted.map((c) => cellHtml(c, look, rng, style)).join('')}${look.closeTags ? '</tr>' : ''}`;
  });
}

function tableHtml(rows: HtmlCell[][], headerRows: number, look: Look, rng: Rng, style: HtmlTableStyle): string {
  const open = rng.pick([
    '<table border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;width:100%">',
    '<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" width="600">',
    '<TABLE style="BORDER-COLLAPSE: collapse" border=1 cellSpacing=0 cellPadding=0 width="100%">',
  ]);
  const lines = rowsHtml(rows, look, rng, style);
  const head = look.thead && headerRows > 0 ? [`<thead>`, ...lines.slice(0, headerRows), `</thead>`] : lines.slice(0, headerRows);
  const bodyRows = lines.slice(headerRows);
  const body = look.tbody || look.thead ? ['<tbody>', ...bodyRows, '</tbody>'] : bodyRows;
  return [open, ...head, ...body, '</table>'].join('\n');
}

/** Split rows at `at`: merged cells running over it shrink, and continue as empty merged cells. */
function splitRows(rows: HtmlCell[][], at: number): [HtmlCell[][], HtmlCell[][]] {
  const first = rows.slice(0, at).map((r) => r.map((c) => ({ ...c })));
  const second = rows.slice(at).map((r) => [...r]);
  first.forEach((cells, r) => {
    for (const cell of cells) {
      const span = cell.rowspan ?? 1;
      if (r + span <= at) continue;
      cell.rowspan = at - r;
      second[0].push({ text: '', col: cell.col, colspan: cell.colspan, rowspan: r + span - at });
    }
  });
  return [first, second];
}

export function writeHtmlTable(table: HtmlTable, rng: Rng, style: HtmlTableStyle, split: boolean): { html: string; split: boolean } {
  const look: Look = {
    th: rng.chance(0.3),
    thead: rng.chance(0.2),
    tbody: rng.chance(0.6),
    wrapP: rng.chance(0.5),
    closeTags: rng.chance(0.85),
    width: rng.chance(0.4),
  };
  if (!split || table.splitPoints.length === 0) return { html: tableHtml(table.rows, table.headerRows, look, rng, style), split: false };
  const at = rng.pick(table.splitPoints);
  const [a, b] = splitRows(table.rows, at);
  const repeat = table.headerRows > 0 && rng.chance(0.8);
  const second = repeat ? [...table.rows.slice(0, table.headerRows), ...b] : b;
  const between = rng.pick(['', '<p>&nbsp;</p>', '<p style="text-align:left">续表</p>', '<br>']);
  return {
    html: [tableHtml(a, table.headerRows, look, rng, style), between, tableHtml(second, repeat ? table.headerRows : 0, look, rng, style)].join('\n'),
    split: true,
  };
}
