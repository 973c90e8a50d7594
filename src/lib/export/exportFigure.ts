/**
 * Downloads of a chart, made in the browser on demand (this module and the fonts load only when
 * a reader asks for a file): SVG with Chinese glyphs as outlines, PNG at 2× from that SVG, and
 * CSV of the figures drawn.
 */
import type { ChartFigure } from './chartFigure';
import { calcFigureCsv } from './calcFigureCsv';
import { createOutlinePainter } from './createOutlinePainter';
import { loadFigureFonts } from './loadFigureFonts';
import { renderFigureSvg, type RenderedSvg } from './renderFigureSvg';
import { plainTextPainter, type TextPainter } from './textPainter';

export type ExportFormat = 'png' | 'svg' | 'csv';
export const PNG_PIXEL_RATIO = 2;

/** Draws once with estimated widths to learn every character the figure uses. */
function charsOf(figure: ChartFigure): Set<string> {
  const chars = new Set<string>('…⋯0123456789');
  const record = (text: string) => {
    for (const ch of text) chars.add(ch);
  };
  const recorder: TextPainter = {
    width: (text, size) => (record(text), plainTextPainter.width(text, size)),
    draw: (text, x, y, size, style) => (record(text), plainTextPainter.draw(text, x, y, size, style)),
    defs: () => '',
  };
  renderFigureSvg(figure, recorder);
  return chars;
}

export async function renderOutlinedSvg(figure: ChartFigure): Promise<RenderedSvg> {
  const { fontFor } = await loadFigureFonts(charsOf(figure));
  return renderFigureSvg(figure, createOutlinePainter(fontFor));
}

async function svgToPng(rendered: RenderedSvg): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([rendered.svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = rendered.width * PNG_PIXEL_RATIO;
    canvas.height = rendered.height * PNG_PIXEL_RATIO;
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function figureFileName(figure: ChartFigure, format: ExportFormat): string {
  const year = figure.chart === 'ranked' ? figure.rankedYear : figure.years.length ? `${figure.years[0]}-${figure.years[figure.years.length - 1]}` : '';
  return `${[figure.metricKey, figure.chart, year].filter(Boolean).join('_')}.${format}`;
}

export async function exportFigure(figure: ChartFigure, format: ExportFormat): Promise<Blob> {
  if (format === 'csv') return new Blob([calcFigureCsv(figure)], { type: 'text/csv;charset=utf-8' });
  const rendered = await renderOutlinedSvg(figure);
  if (format === 'svg') return new Blob([rendered.svg], { type: 'image/svg+xml;charset=utf-8' });
  return svgToPng(rendered);
}

/** Hands a file to the browser's download. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
