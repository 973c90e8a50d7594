import { describe, expect, it } from 'vitest';
import { Converter as toTw } from 'opencc-js/cn2t';
import { Converter as toCn } from 'opencc-js/t2cn';
import { TEMPLATES } from '../schema';
import {
  LAYOUTS,
  SYNTHETIC_MARKER,
  allAgencyNames,
  createRandomReportValues,
  expectedAfterParse,
  expectedChecks,
  renderReport,
  resolveLayout,
  type RenderOptions,
} from '.';

const ALL_OPTIONS: RenderOptions = { traditional: true, fullWidthDigits: true, thousands: true, units: true };

describe('createRandomReportValues', () => {
  it('same seed gives the same values; another seed other values', () => {
    expect(createRandomReportValues(42)).toEqual(createRandomReportValues(42));
    expect(createRandomReportValues(42)).not.toEqual(createRandomReportValues(43));
  });

  it('years 2019–2025, template from the year unless planted otherwise, signed the next January–March', () => {
    for (let seed = 0; seed < 300; seed++) {
      const v = createRandomReportValues(seed);
      expect(v.year).toBeGreaterThanOrEqual(2019);
      expect(v.year).toBeLessThanOrEqual(2025);
      expect(v.template === (v.year <= 2020 ? '2019' : '2021')).toBe(!v.planted.templateMismatch);
      if (v.publishedOn !== null) expect(v.publishedOn).toMatch(new RegExp(`^${v.year + 1}-0[1-3]-\\d\\d$`));
    }
  });

  it('sums are consistent unless an inconsistency was planted', () => {
    for (let seed = 0; seed < 300; seed++) {
      for (const template of TEMPLATES) {
        const v = createRandomReportValues(seed, { template, blankRate: 0 });
        const checks = expectedChecks(expectedAfterParse(v, 'tabs').cells, template);
        const failed = Object.entries(checks).filter(([, ok]) => !ok);
        expect(failed.length > 0, `seed ${seed}: ${JSON.stringify(failed)} planted ${v.planted.broken}`).toBe(v.planted.broken.length > 0);
      }
    }
  });

  it('produces blanks, zeros, large numbers, decimals and negative 本年增/减 across seeds', () => {
    const vs = Array.from({ length: 300 }, (_, s) => createRandomReportValues(s, { template: '2019' }));
    const active = vs.flatMap((v) => Object.values(v.active).flatMap((r) => Object.values(r)));
    expect(vs.some((v) => v.planted.blanks.length > 0)).toBe(true);
    expect(active.some((c) => c !== null && c >= 100_000)).toBe(true);
    expect(active.some((c) => c !== null && !Number.isInteger(c))).toBe(true);
    expect(active.some((c) => c !== null && c < 0)).toBe(true);
    expect(vs.some((v) => v.applications.total.total === 0)).toBe(true);
  });

  it('every agency name survives OpenCC cn → tw → cn unchanged', () => {
    const tw = toTw({ from: 'cn', to: 'tw' });
    const cn = toCn({ from: 'tw', to: 'cn' });
    for (const name of allAgencyNames()) expect(cn(tw(name))).toBe(name);
  });
});

describe('renderReport', () => {
  it.each(LAYOUTS)('same values, layout and options give the same text — %s', (layout) => {
    for (let seed = 0; seed < 20; seed++) {
      const opts = seed % 2 ? ALL_OPTIONS : {};
      const a = renderReport(createRandomReportValues(seed), layout, opts);
      expect(renderReport(createRandomReportValues(seed), layout, opts)).toBe(a);
    }
  });

  it.each(LAYOUTS)('every report is marked synthetic near the top, under every option — %s', (layout) => {
    for (let seed = 0; seed < 20; seed++) {
      const lines = renderReport(createRandomReportValues(seed), layout, seed % 2 ? ALL_OPTIONS : {}).split(/\r?\n/);
      expect(lines.slice(0, 8).some((l) => l.includes('synthetic test data'))).toBe(true);
    }
    expect(SYNTHETIC_MARKER).toContain('合成数据');
  });

  it.each(LAYOUTS)('title names agency and year; the signature closes the report — %s', (layout) => {
    for (let seed = 0; seed < 30; seed++) {
      const v = createRandomReportValues(seed);
      const text = renderReport(v, layout);
      const head = text.split(/\r?\n/).slice(0, 5).join('');
      expect(head).toContain(v.agency.name);
      expect(head).toContain(String(v.year));
      expect(head.replace(/\s/g, '')).toContain('政府信息公开工作年度报告');
      if (v.publishedOn) {
        const [y, m, d] = v.publishedOn.split('-').map(Number);
        expect(text.trimEnd().replace(/\s|^0|(?<=\D)0/g, '')).toMatch(new RegExp(`${y}年${m}月${d}日$`));
      }
    }
  });

  it.each(LAYOUTS)('sections 一…六 in order (五 when table 2 is pushed into 一) — %s', (layout) => {
    for (let seed = 0; seed < 30; seed++) {
      const text = renderReport(createRandomReportValues(seed), layout);
      const numbers = [...text.matchAll(/^#*\s*([一二三四五六])、(?:总体情况|主动公开|收到和处理|政府信息公开行政复议|存在的主要问题|其他需要报告)/gm)].map((m) => m[1]);
      const n = resolveLayout(seed, layout).push === 'table2IntoOverview' ? 5 : 6;
      expect(numbers.join('')).toBe('一二三四五六'.slice(0, n));
    }
  });

  it('options change what they say and nothing else goes missing', () => {
    const v = createRandomReportValues(7, { template: '2021' });
    v.active.licensing.decisions = 788308;
    v.active.fees.amountWanYuan = 1710.15;
    expect(renderReport(v, 'lines', { thousands: true })).toContain('788,308');
    expect(renderReport(v, 'lines', { units: true })).toMatch(/1710\.15 ?万元/);
    const full = renderReport(v, 'lines', { fullWidthDigits: true });
    expect(full).not.toMatch(/[0-9]/);
    expect(full).toContain('７８８３０８');
    const trad = renderReport(v, 'lines', { traditional: true });
    expect(trad).toContain('年度報告');
    expect(trad).not.toContain('报告');
  });

  it('blank ≠ zero: a blank prints as an empty cell with cell structure, and as a missing number without', () => {
    const v = createRandomReportValues(11, { template: '2021', blankRate: 0, zeroRate: 1 });
    v.review.upheld = null;
    const tabRow = renderReport(v, 'tabs').split('\n').find((l) => /^(\t|—\t|-\t|\/\t)(0\t){13}0/.test(l));
    expect(tabRow, 'table 4 row with an empty first field').toBeDefined();
    const md = renderReport(v, 'markdown');
    expect(md).toMatch(/^\|\s+\|( 0 \|){14}$/m);
    const lines = renderReport(v, 'lines');
    expect(lines).toMatch(/^(0 ){13}0$/m);
    expect(lines).not.toMatch(/^(0 ){14}0$/m);
    const e = expectedAfterParse(v, 'lines');
    expect(e.incompleteRows).toEqual(['table4']);
    expect(e.cells['litigationDirect.total']).toBeNull();
    expect(expectedAfterParse(v, 'tabs').cells['litigationDirect.total']).toBe(0);
    expect(e.checks['cells.complete']).toBe(false);
  });
});
