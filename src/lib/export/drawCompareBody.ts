/**
 * Compare's charts in an exported figure: grouped bars (a heading per metric, a bar per agency
 * in its colour, the value or 空白 after it) and 100%-stacked bars (agency label above each bar,
 * shares written inside wide segments, hatched rest for blank cells). Same `calc*` layouts as the
 * page; a legend of agencies or categories above.
 */
import { calcGroupedBars } from '../charts/groupedBars/calcGroupedBars';
import { calcStackedShares } from '../charts/stackedShares/calcStackedShares';
import { formatValue } from '../i18n/formatValue';
import type { ChartFigure } from './chartFigure';
import type { Body } from './drawFigureBody';
import { EXPORT_COLORS as C, exportSeriesColor } from './exportPalette';
import { truncateText } from './fitText';
import { resolveExportColor } from './resolveExportColor';
import { r, type TextPainter } from './textPainter';

/** Swatches and labels, flowing into rows. */
export function drawLegend(items: { label: string; color: string }[], width: number, p: TextPainter): { svg: string; height: number } {
  if (items.length === 0) return { svg: '', height: 0 };
  const size = 12;
  let x = 0;
  let y = 13;
  const parts = items.map((item) => {
    const label = truncateText(item.label, p, size, width - 20);
    const w = 16 + p.width(label, size) + 14;
    if (x > 0 && x + w > width) {
      x = 0;
      y += 19;
    }
    const svg = `<rect x="${r(x)}" y="${y - 9}" width="11" height="10" rx="2" fill="${item.color}"/>` + p.draw(label, x + 15, y, size, { fill: C.fg });
    x += w;
    return svg;
  });
  return { svg: parts.join(''), height: y + 10 };
}

export function groupedBody(figure: ChartFigure, width: number, p: TextPainter): Body {
  const names = figure.agencyNames ?? [];
  const slot = (i: number) => figure.agencyColors?.[i] ?? i;
  // The key lists the agencies with a bar: one with no value in any group is named in the subtitle only.
  const valued = names.flatMap((label, i) => ((figure.groups ?? []).some((g) => g.values[i] != null) ? [{ label, color: exportSeriesColor(slot(i)) }] : []));
  const legend = drawLegend(valued, width, p);
  const layout = calcGroupedBars(figure.groups ?? [], names.length, width);
  if (layout.empty) return { svg: '', height: 0, empty: layout.empty };
  const parts: string[] = [];
  for (const g of layout.groups) {
    parts.push(p.draw(truncateText(g.label, p, 13, width), 0, g.top + 15, 13, { fill: C.fg, bold: true }));
    for (const bar of g.bars) {
      if (bar.value !== null) parts.push(`<rect x="${r(bar.x0)}" y="${r(bar.y)}" width="${r(Math.max(bar.value === 0 ? 0 : 1, bar.x1 - bar.x0))}" height="${layout.barHeight}" fill="${exportSeriesColor(slot(bar.agency))}"/>`);
      parts.push(p.draw(formatValue(bar.value, 'count', figure.lang), bar.x1 + 4, bar.y + layout.barHeight - 4, 11, { fill: C.muted }));
    }
  }
  return { svg: `${legend.svg}<g transform="translate(0 ${legend.height + 6})">${parts.join('')}</g>`, height: legend.height + 6 + layout.height, empty: null };
}

export function stackedBody(figure: ChartFigure, width: number, p: TextPainter): Body {
  const categories = (figure.categories ?? []).map((c) => ({ ...c, color: resolveExportColor(c.color) }));
  const stacks = figure.stacks ?? [];
  const layout = calcStackedShares(stacks, width);
  // The key lists what the bars draw: categories with a segment somewhere, and the hatched rest when a bar has one.
  const drawn = new Set(layout.bars.flatMap((b) => b.segments.map((seg) => seg.category)));
  const unknown = layout.bars.some((b) => b.unknown) && figure.unknownLabel ? [{ label: figure.unknownLabel, color: 'url(#export-hatch)' }] : [];
  const legend = drawLegend([...categories.filter((_, c) => drawn.has(c)), ...unknown], width, p);
  if (layout.empty) return { svg: '', height: 0, empty: layout.empty };
  const parts: string[] = [
    `<defs><pattern id="export-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="${C.bg}"/><line x1="0" y1="0" x2="0" y2="6" stroke="#c7ccd2" stroke-width="3"/></pattern></defs>`,
  ];
  for (const bar of layout.bars) {
    parts.push(p.draw(truncateText(bar.name, p, 12, width), 0, bar.y - 5, 12, { fill: C.fg }));
    if (bar.empty) {
      parts.push(p.draw(formatValue(null, 'count', figure.lang), 0, bar.y + layout.barHeight - 8, 12, { fill: C.muted }));
      continue;
    }
    for (const seg of bar.segments) {
      parts.push(`<rect x="${r(seg.x0)}" y="${bar.y}" width="${r(seg.x1 - seg.x0)}" height="${layout.barHeight}" fill="${categories[seg.category]?.color ?? C.muted}"/>`);
      const pct = `${(seg.share * 100).toFixed(1)}%`;
      if (seg.x1 - seg.x0 > p.width(pct, 11) + 6) parts.push(p.draw(pct, (seg.x0 + seg.x1) / 2, bar.y + layout.barHeight / 2 + 4, 11, { anchor: 'middle', fill: '#ffffff' }));
    }
    if (bar.unknown) parts.push(`<rect x="${r(bar.unknown.x0)}" y="${bar.y}" width="${r(bar.unknown.x1 - bar.unknown.x0)}" height="${layout.barHeight}" fill="url(#export-hatch)"/>`);
  }
  return { svg: `${legend.svg}<g transform="translate(0 ${legend.height + 8})">${parts.join('')}</g>`, height: legend.height + 8 + layout.height, empty: null };
}
