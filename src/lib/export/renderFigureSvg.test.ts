import { readFileSync } from 'node:fs';
import opentype from 'opentype.js';
import { describe, expect, it } from 'vitest';
import { createOutlinePainter } from './createOutlinePainter';
import { parseUnicodeRanges } from './parseUnicodeRanges';
import { renderFigureSvg } from './renderFigureSvg';
import { createTestFigure } from './testFigure';
import { plainTextPainter } from './textPainter';
import { exportSeriesColor } from './exportPalette';

const FONT_DIR = 'node_modules/@fontsource/noto-sans-sc';
const slices = parseUnicodeRanges(readFileSync(`${FONT_DIR}/400.css`, 'utf8'));
const cache = new Map<string, opentype.Font>();
const fontFor = (cp: number) => {
  const file = slices.fileFor(cp);
  if (!file) return null;
  if (!cache.has(file)) {
    const buf = readFileSync(`${FONT_DIR}/files/${file}`);
    cache.set(file, opentype.parse(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer));
  }
  return cache.get(file)!;
};

describe('renderFigureSvg', () => {
  it.each(['line', 'ranked', 'multiples'] as const)('%s chart: title, source line and permalink drawn; untrusted names escaped', (chart) => {
    const { svg, width, height } = renderFigureSvg(createTestFigure({ chart }), plainTextPainter);
    expect(width).toBe(800);
    expect(height).toBeGreaterThan(200);
    expect(svg).toContain('>本年新收申请（总计）</text>');
    expect(svg).toContain('数据版本 1a2b3c4d');
    expect(svg).toContain('example.org/data/?metric=x&amp;agencies');
    expect(svg).not.toContain('<img');
    expect(svg).toContain('&lt;img src=x');
  });

  it('each report the source line names starts a line of its own', () => {
    const { svg } = renderFigureSvg(createTestFigure({ source: '来源：甲局 2023 年度报告；\n乙局 2022 年度报告 · 数据版本 1a2b3c4d' }), plainTextPainter);
    expect(svg).toContain('>来源：甲局 2023 年度报告；</text>');
    expect(svg).toContain('>乙局 2022 年度报告 · 数据版本 1a2b3c4d</text>');
  });

  it('snapshot of the line chart with <text> (viewable file)', async () => {
    await expect(renderFigureSvg(createTestFigure(), plainTextPainter).svg).toMatchFileSnapshot('__snapshots__/lineFigure.svg');
  });

  it('outline painter: Chinese text becomes glyph paths, each glyph defined once, the text kept as aria-label', () => {
    const { svg } = renderFigureSvg(createTestFigure({ chart: 'ranked' }), createOutlinePainter(fontFor));
    expect(svg).not.toContain('<text');
    const group = /<g role="img" aria-label="宝鸡市公安局"[^>]*>(.*?)<\/g>/.exec(svg);
    expect(group).not.toBeNull();
    expect(group![1].match(/<use /g)?.length).toBe(6);
    const ids = [...svg.matchAll(/<path id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(svg).toContain('aria-label="&lt;img src=x onerror=alert(1)&gt;"');
  });

  it('a character no font slice has falls back to <text>, escaped', () => {
    const { svg } = renderFigureSvg(createTestFigure({ title: '标题 \u{10FFFD}' }), createOutlinePainter(fontFor));
    expect(svg).toContain('\u{10FFFD}</text>');
  });
});

describe('export legends list only what is drawn (issue 15, defect 11)', () => {
  const lineKey = (svg: string) => [...svg.matchAll(/height="4" rx="2" fill="[^"]+"\/><text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
  it('line chart: a series with no value in the years shown, and a hidden one, are not in the key', () => {
    const base = createTestFigure();
    const noValue = { key: 'a4', name: '无数值局', rows: [{ ...base.series[0].rows[0], agency: 'a4', name: '无数值局', report: 'a4-2019', year: 2019, value: 5 }, { ...base.series[0].rows[0], agency: 'a4', name: '无数值局', report: 'a4-2023', year: 2023, value: null }] };
    const figure = createTestFigure({ series: [...base.series, noValue] });
    expect(lineKey(renderFigureSvg(figure, plainTextPainter).svg)).toEqual(['宝鸡市公安局', '&lt;img src=x onerror=alert(1)&gt;', '=SUM(A1)']);
    expect(lineKey(renderFigureSvg({ ...figure, hidden: ['a1'] }, plainTextPainter).svg)).toEqual(['&lt;img src=x onerror=alert(1)&gt;', '=SUM(A1)']);
  });
  it('line chart of several series with one drawn: the key still names it', () => {
    const base = createTestFigure();
    const blank = base.series.slice(1).map((s) => ({ ...s, rows: s.rows.map((r) => ({ ...r, value: null })) }));
    expect(lineKey(renderFigureSvg(createTestFigure({ series: [base.series[0], ...blank] }), plainTextPainter).svg)).toEqual(['宝鸡市公安局']);
  });
  const compareKey = (svg: string) => [...svg.matchAll(/width="11" height="10" rx="2" fill="[^"]+"\/><text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
  it('grouped bars: an agency with no value in any group is not in the key', () => {
    const { svg } = renderFigureSvg(createTestFigure({ chart: 'groupedBars', agencyNames: ['甲局 2023', '乙局 2023', '丙局 2023'], groups: [{ key: 'k', label: '新收申请', values: [12, null, 0] }, { key: 'j', label: '办结', values: [1, null, null] }] }), plainTextPainter);
    expect(compareKey(svg)).toEqual(['甲局 2023', '丙局 2023']);
  });
  it('stacked shares: a category no bar has a segment of is not in the key; the hatched rest only when a bar draws it', () => {
    const categories = [{ key: 'a', label: '予以公开', color: '#111111' }, { key: 'b', label: '不予公开', color: '#222222' }, { key: 'c', label: '其他', color: '#333333' }];
    const figure = createTestFigure({ chart: 'stackedShares', agencyNames: ['甲局', '乙局'], unknownLabel: '空白', categories, stacks: [{ key: 'x', name: '甲局', parts: [3, 0, null] }, { key: 'y', name: '乙局', parts: [2, null, null] }] });
    expect(compareKey(renderFigureSvg(figure, plainTextPainter).svg)).toEqual(['予以公开']);
    const stated = { ...figure, stacks: [{ key: 'x', name: '甲局', parts: [3, 1, null], statedTotal: 6 }] };
    expect(compareKey(renderFigureSvg(stated, plainTextPainter).svg)).toEqual(['予以公开', '不予公开', '空白']);
  });
});

describe('renderFigureSvg, Compare charts', () => {
  it('grouped and stacked bars draw every agency label, colours resolved to hex (no CSS variables in the file)', () => {
    for (const chart of ['groupedBars', 'stackedShares'] as const) {
      const { svg } = renderFigureSvg(
        createTestFigure({
          chart,
          agencyNames: ['宝鸡市公安局 2023', '<b>x</b> 2022'],
          groups: [{ key: 'k', label: '新收申请', values: [12, 3] }],
          categories: [{ key: 'granted', label: '予以公开', color: 'var(--c2)' }, { key: 'other', label: '其他', color: 'color-mix(in srgb, var(--c1) 55%, var(--bg))' }],
          stacks: [{ key: 'a', name: '宝鸡市公安局 2023', parts: [3, 1] }, { key: 'b', name: '<b>x</b> 2022', parts: [0, 2] }],
        }),
        plainTextPainter,
      );
      expect(svg).toContain('宝鸡市公安局 2023</text>');
      expect(svg).toContain('&lt;b&gt;x&lt;/b&gt; 2022');
      expect(svg).not.toContain('var(--');
    }
  });

  it('grouped bars carry a colour key: one swatch per agency, in the colour of its bars (the dashboard slot, light palette)', () => {
    const { svg } = renderFigureSvg(
      createTestFigure({ chart: 'groupedBars', agencyNames: ['甲局 2023', '乙局 2023'], agencyColors: [3, 1], groups: [{ key: 'k', label: '新收申请', values: [12, 3] }] }),
      plainTextPainter,
    );
    const swatches = [...svg.matchAll(/<rect [^>]*width="11" height="10" rx="2" fill="([^"]+)"\/>/g)].map((m) => m[1]);
    expect(swatches).toEqual([exportSeriesColor(3), exportSeriesColor(1)]);
    // The bars after the key: each agency's bar in its swatch's colour, in the same order.
    const bars = [...svg.slice(svg.lastIndexOf('rx="2"')).matchAll(/<rect [^>]*fill="([^"]+)"\/>/g)].map((m) => m[1]);
    expect(bars).toEqual([exportSeriesColor(3), exportSeriesColor(1)]);
  });
});
