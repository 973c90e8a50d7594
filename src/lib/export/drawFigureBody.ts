/**
 * The chart part of an exported figure, as SVG markup of `width` × `height`, laid out by the same
 * pure `calc*` functions as the dashboard: line chart (with a legend), ranked bars (rank and name
 * before each bar, value after it), small multiples (panel titles). Text goes through the painter.
 */
import { calcLineChart, type LinePoint } from '../charts/lineChart/calcLineChart';
import { calcRankedChart } from '../charts/rankedChart/calcRankedChart';
import { calcSmallMultiples } from '../charts/smallMultiples/calcSmallMultiples';
import type { Tick } from '../charts/common/types';
import { formatBare, unitLabel } from '../i18n/formatValue';
import { STRINGS } from '../i18n/strings';
import { TREND_STRINGS } from '../i18n/stringsTrends';
import type { ChartFigure } from './chartFigure';
import { groupedBody, stackedBody } from './drawCompareBody';
import { EXPORT_COLORS as C, exportSeriesColor } from './exportPalette';
import { truncateText } from './fitText';
import { r, type TextPainter } from './textPainter';

export interface Body {
  svg: string;
  height: number;
  /** Why nothing was drawn, if nothing was. */
  empty: string | null;
}

const TICK = 11;

/** The thin dashed rule of the 2021 template change, with its note (the note's text is in the figure's notes too). */
function templateRule(x: number | null, top: number, bottom: number, label: string, p: TextPainter): string {
  if (x === null) return '';
  return `<line x1="${r(x)}" x2="${r(x)}" y1="${r(top)}" y2="${r(bottom)}" stroke="${C.muted}" stroke-width="1" stroke-dasharray="3 3"/>` + (label ? p.draw(label, x + 4, top + 9, 10, { fill: C.muted }) : '');
}

function yAxis(ticks: Tick[], left: number, right: number, p: TextPainter): string {
  return ticks
    .map((t) => `<line x1="${r(left)}" x2="${r(right)}" y1="${r(t.pos)}" y2="${r(t.pos)}" stroke="${C.line}"/>` + p.draw(t.label, left - 6, t.pos + 4, TICK, { anchor: 'end', fill: C.muted }))
    .join('');
}

const xLabels = (ticks: Tick[], y: number, p: TextPainter) => ticks.map((t) => p.draw(t.label, t.pos, y, TICK, { anchor: 'middle', fill: C.muted })).join('');

function point(pt: LinePoint, color: string, radius: number): string {
  return pt.row.approximate
    ? `<circle cx="${r(pt.x)}" cy="${r(pt.y)}" r="${radius}" fill="${C.bg}" stroke="${color}" stroke-width="2" stroke-dasharray="2 2"/>`
    : `<circle cx="${r(pt.x)}" cy="${r(pt.y)}" r="${radius}" fill="${color}" stroke="${C.bg}" stroke-width="1.5"/>`;
}

/** The key of a chart of several series (`several`): only `items`, the series drawn. */
function legend(items: { name: string; color: number }[], several: boolean, width: number, p: TextPainter): { svg: string; height: number } {
  if (!several || items.length === 0) return { svg: '', height: 0 };
  const size = 13;
  let x = 0;
  let y = 14;
  const parts: string[] = [];
  for (const item of items) {
    const name = truncateText(item.name, p, size, width - 22);
    const w = 20 + p.width(name, size) + 16;
    if (x > 0 && x + w > width) {
      x = 0;
      y += 20;
    }
    parts.push(`<rect x="${r(x)}" y="${y - 6}" width="14" height="4" rx="2" fill="${exportSeriesColor(item.color)}"/>` + p.draw(name, x + 19, y, size, { fill: C.fg }));
    x += w;
  }
  return { svg: parts.join(''), height: y + 10 };
}

/** The unit of the value axis, above its top tick. */
const unitText = (figure: ChartFigure, x: number, y: number, p: TextPainter) => p.draw(unitLabel(figure.unit, figure.lang), x, y, TICK, { fill: C.muted });

function lineBody(figure: ChartFigure, width: number, p: TextPainter, lang: ChartFigure['lang']): Body {
  const height = 320;
  const layout = calcLineChart(figure.series, { width, height }, {
    years: figure.years,
    unit: figure.unit,
    lang,
    scale: figure.scale,
    hidden: figure.hidden,
    highlight: figure.highlightSeries,
    annotation: figure.annotation,
    breakAtTemplateChange: figure.breakAtTemplateChange,
  });
  if (layout.empty) return { svg: '', height: 0, empty: layout.empty };
  // Hidden series, and series with no value in the years shown, are not in the picture, so not in its key either.
  const head = legend(layout.keyed.filter((k) => !k.hidden && k.valued), layout.keyed.length > 1, width, p);
  const m = layout.margin;
  const marks = layout.lines
    .map((l) => {
      const color = l.muted ? C.muted : exportSeriesColor(l.color);
      const opacity = l.muted ? ' opacity="0.45"' : '';
      const end = l.endLabel ? p.draw(truncateText(l.name, p, 12, m.right - 10), l.endLabel.x + 8, l.endLabel.y + 4, 12, { fill: color, bold: true }) : '';
      const bridge = l.bridge ? `<path d="${l.bridge}" fill="none" stroke="${color}" stroke-width="1.5" stroke-dasharray="4 4"/>` : '';
      return `<g${opacity}>${l.d ? `<path d="${l.d}" fill="none" stroke="${color}" stroke-width="${l.highlighted ? 3.5 : 2.5}" stroke-linejoin="round"/>` : ''}${bridge}${l.points.map((pt) => point(pt, color, 4)).join('')}</g>${end}`;
    })
    .join('');
  const a = layout.annotation;
  const note = a
    ? (a.y === null
        ? `<line x1="${r(a.x)}" x2="${r(a.x)}" y1="${m.top}" y2="${height - m.bottom}" stroke="${C.fg}" stroke-dasharray="3 3"/>`
        : `<circle cx="${r(a.x)}" cy="${r(a.y)}" r="10" fill="none" stroke="${C.fg}" stroke-width="1.5"/>`) +
      p.draw(truncateText(a.text, p, 12, width / 2), a.x > width / 2 ? a.x - 6 : a.x + 6, a.labelY + 10, 12, { anchor: a.x > width / 2 ? 'end' : 'start', fill: C.fg })
    : '';
  const rule = templateRule(layout.templateRule, m.top, height - m.bottom, TREND_STRINGS[lang].templateChange, p);
  const svg = `${head.svg}<g transform="translate(0 ${head.height})">${unitText(figure, 0, 11, p)}${yAxis(layout.yTicks, m.left, width - m.right, p)}${xLabels(layout.xTicks, height - m.bottom + 18, p)}${rule}${marks}${note}</g>`;
  return { svg, height: head.height + height, empty: null };
}

function rankedBody(figure: ChartFigure, width: number, p: TextPainter, lang: ChartFigure['lang']): Body {
  const layout = calcRankedChart(figure.rankedRows, width, { limit: figure.limit, highlight: figure.highlight, onlyHighlighted: figure.onlyHighlighted, unit: figure.unit, lang, scale: figure.scale });
  if (layout.empty) return { svg: '', height: 0, empty: layout.empty };
  const m = layout.margin;
  const approx = STRINGS[lang].approx;
  const parts = layout.xTicks.map((t) => `<line x1="${r(t.pos)}" x2="${r(t.pos)}" y1="${m.top - 4}" y2="${layout.height}" stroke="${C.line}"/>`);
  parts.push(xLabels(layout.xTicks, 12, p), unitText(figure, 0, 12, p));
  for (const bar of layout.bars) {
    const mid = bar.y + layout.barHeight / 2 + 4;
    const size = 12;
    const rank = String(bar.rank);
    const rankW = p.width(rank, size) + 6;
    const name = truncateText(bar.row.name, p, size, m.left - 8 - rankW);
    const nameX = m.left - 6;
    if (bar.afterGap) parts.push(p.draw('⋯', nameX, bar.y - 3, size, { anchor: 'end', fill: C.muted }));
    parts.push(p.draw(rank, nameX - p.width(name, size) - 6, mid, size, { anchor: 'end', fill: C.muted }));
    parts.push(p.draw(name, nameX, mid, size, { anchor: 'end', fill: C.fg, bold: bar.highlighted }));
    const fill = bar.color !== null ? exportSeriesColor(bar.color) : bar.highlighted ? exportSeriesColor(1) : exportSeriesColor(0);
    parts.push(`<rect x="${r(bar.x0)}" y="${r(bar.y)}" width="${r(Math.max(1, bar.x1 - bar.x0))}" height="${layout.barHeight}" fill="${fill}"${bar.row.approximate ? ' fill-opacity="0.55"' : ''}/>`);
    parts.push(p.draw(`${bar.row.approximate ? approx : ''}${formatBare(bar.row.value, figure.unit, lang)}`, bar.x1 + 4, mid, size, { fill: C.muted }));
  }
  return { svg: parts.join(''), height: layout.height, empty: null };
}

function multiplesBody(figure: ChartFigure, width: number, p: TextPainter, lang: ChartFigure['lang']): Body {
  const layout = calcSmallMultiples(figure.series, width, { years: figure.years, unit: figure.unit, lang, scale: figure.scale, breakAtTemplateChange: figure.breakAtTemplateChange });
  if (layout.empty) return { svg: '', height: 0, empty: layout.empty };
  const pl = layout.plot;
  const blank = STRINGS[lang].blank;
  const panels = layout.panels.map((panel) => {
    const title = p.draw(truncateText(panel.name, p, 12, layout.panelWidth - 8), 4, 14, 12, { fill: C.fg, bold: true });
    const marks = panel.blank
      ? p.draw(blank, pl.left, layout.panelHeight / 2 + 4, 12, { fill: C.muted })
      : `${panel.d ? `<path d="${panel.d}" fill="none" stroke="${C.series[0]}" stroke-width="2"/>` : ''}${panel.bridge ? `<path d="${panel.bridge}" fill="none" stroke="${C.series[0]}" stroke-width="1.5" stroke-dasharray="3 4"/>` : ''}${panel.points.map((pt) => point(pt, C.series[0], 3)).join('')}`;
    const rule = templateRule(layout.templateRule, pl.top, pl.bottom, '', p);
    return `<g transform="translate(${panel.left} ${panel.top})">${yAxis(layout.yTicks, pl.left, pl.right, p)}${xLabels(layout.xTicks, pl.bottom + 14, p)}${rule}${title}${marks}</g>`;
  });
  return { svg: `${unitText(figure, 0, 11, p)}<g transform="translate(0 16)">${panels.join('')}</g>`, height: layout.height + 16, empty: null };
}

export function drawFigureBody(figure: ChartFigure, width: number, p: TextPainter): Body {
  if (figure.chart === 'groupedBars') return groupedBody(figure, width, p);
  if (figure.chart === 'stackedShares') return stackedBody(figure, width, p);
  const draw = figure.chart === 'ranked' ? rankedBody : figure.chart === 'multiples' ? multiplesBody : lineBody;
  return draw(figure, width, p, figure.lang);
}
