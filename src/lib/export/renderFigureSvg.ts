/**
 * A chart as a standalone SVG file: title, subtitle and notes above; the chart; source line
 * (with the data version) and permalink below; white background, light palette. Every piece of
 * text goes through the painter, so the same layout gives `<text>` or glyph outlines, and every
 * piece of untrusted text (agency names) is escaped.
 */
import { STRINGS } from '../i18n/strings';
import type { ChartFigure } from './chartFigure';
import { drawFigureBody } from './drawFigureBody';
import { EXPORT_COLORS as C } from './exportPalette';
import { wrapText } from './fitText';
import { escapeXml, FONT_FAMILY, type TextPainter } from './textPainter';

export const EXPORT_WIDTH = 800;
const PAD = 24;

export interface RenderedSvg {
  svg: string;
  width: number;
  height: number;
}

export function renderFigureSvg(figure: ChartFigure, painter: TextPainter, width = EXPORT_WIDTH): RenderedSvg {
  const inner = width - 2 * PAD;
  const parts: string[] = [];
  let y = PAD;
  const block = (text: string, size: number, lineHeight: number, fill: string, bold = false) => {
    for (const line of wrapText(text, painter, size, inner)) {
      y += lineHeight;
      parts.push(painter.draw(line, PAD, y - (lineHeight - size) / 2 - size * 0.12, size, { fill, bold }));
    }
  };
  block(figure.title, 22, 30, C.fg, true);
  block(figure.subtitle, 14, 22, C.muted);
  for (const note of figure.notes) block(note, 12, 18, C.muted);
  y += 14;
  const body = drawFigureBody(figure, inner, painter);
  if (body.empty) {
    y += 40;
    parts.push(painter.draw(STRINGS[figure.lang].noData, width / 2, y, 14, { anchor: 'middle', fill: C.muted }));
    y += 40;
  } else {
    parts.push(`<g transform="translate(${PAD} ${y})">${body.svg}</g>`);
    y += body.height;
  }
  y += 14;
  parts.push(`<line x1="${PAD}" x2="${width - PAD}" y1="${y}" y2="${y}" stroke="${C.line}"/>`);
  y += 4;
  if (figure.byline) block(figure.byline, 12, 18, C.fg);
  // Each report the source line names starts a line of its own.
  for (const piece of figure.source.split('\n')) block(piece, 12, 18, C.muted);
  block(figure.permalink, 11, 16, C.muted);
  const height = Math.ceil(y + PAD - 6);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT_FAMILY)}">` +
    `<title>${escapeXml(figure.title)}</title><desc>${escapeXml(`${figure.subtitle} — ${figure.source} — ${figure.permalink}`)}</desc>` +
    `<defs>${painter.defs()}</defs><rect width="${width}" height="${height}" fill="${C.bg}"/>${parts.join('')}</svg>`;
  return { svg, width, height };
}
