/** Issue 13, findings 4 and 7: fitting a long name is logarithmic; names with control characters and bidi overrides still export valid SVG. */
// @ts-expect-error jsdom ships no types here; only its constructor is used
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { truncateText } from './fitText';
import { renderFigureSvg } from './renderFigureSvg';
import { createTestFigure } from './testFigure';
import { escapeXml, plainTextPainter, type TextPainter } from './textPainter';

/** The plain painter, counting what it measures. */
function countingPainter() {
  const seen = { calls: 0, chars: 0 };
  const painter: TextPainter = {
    ...plainTextPainter,
    width: (text, size) => {
      seen.calls++;
      seen.chars += text.length;
      return plainTextPainter.width(text, size);
    },
  };
  return { painter, seen };
}

/** The old one-character-at-a-time truncation, as the reference result. */
function linear(text: string, p: TextPainter, size: number, max: number): string {
  if (p.width(text, size) <= max) return text;
  const chars = [...text];
  while (chars.length && p.width(`${chars.join('')}…`, size) > max) chars.pop();
  return `${chars.join('')}…`;
}

describe('truncateText', () => {
  it('a 100,000-character name: a few dozen measurements of short strings, and the text fits', () => {
    const { painter, seen } = countingPainter();
    const name = '某'.repeat(100_000);
    const out = truncateText(name, painter, 12, 200);
    expect(seen.calls).toBeLessThan(20);
    expect(seen.chars).toBeLessThan(20 * 120);
    expect(plainTextPainter.width(out, 12)).toBeLessThanOrEqual(200);
    // The linear fit is quadratic on the whole name; on a prefix that does not fit either it gives the same.
    expect(out).toBe(linear(name.slice(0, 300), plainTextPainter, 12, 200));
  });

  it.each(['宝鸡市公安局', '济源示范区公安局交通警察支队车辆管理所', 'Jiyuan Public Security Bureau of Henan Province', 'a', '', '😀'.repeat(40)])('gives what the linear fit gives for %j', (name) => {
    for (const max of [10, 40, 80, 200])
      expect(truncateText(name, plainTextPainter, 12, max)).toBe(linear(name, plainTextPainter, 12, max));
  });
});

describe('names with control characters and bidi overrides in SVG exports', () => {
  const hostile = '甲\u0001乙\u001b[2J丙\u0085\u202e2024\u202c\ufffe\ud800丁';

  it('escapeXml drops what XML forbids and bidi controls, keeps the rest', () => {
    expect(escapeXml(hostile)).toBe('甲乙[2J丙2024丁');
    expect(escapeXml('a&b<c>😀')).toBe('a&amp;b&lt;c&gt;😀');
  });

  it.each(['line', 'ranked', 'multiples'] as const)('%s chart with such a name is well-formed XML', (chart) => {
    const base = createTestFigure({ chart });
    const series = base.series.map((s) => ({ ...s, name: hostile, rows: s.rows.map((r) => ({ ...r, name: hostile })) }));
    const { svg } = renderFigureSvg({ ...base, series, rankedRows: base.rankedRows.map((r) => ({ ...r, name: hostile })), title: hostile }, plainTextPainter);
    const doc = new JSDOM(svg, { contentType: 'image/svg+xml' }).window.document;
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.tagName).toBe('svg');
    expect(svg).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u202a-\u202e]/);
  });
});
