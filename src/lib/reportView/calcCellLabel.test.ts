import { describe, expect, it } from 'vitest';
import { cellPaths, TEMPLATES } from '../report/schema';
import { calcCellLabel } from './calcCellLabel';

describe('calcCellLabel', () => {
  it.each([
    ['2021', 'active.licensing.decisions', '表二 行政许可 · 本年处理决定数量'],
    ['2019', 'active.fees.itemChange', '表二 行政事业性收费 · 本年增/减'],
    ['2021', 'applications.denied.internalAffairs.natural', '表三 （三）不予公开 5.属于三类内部事务信息 · 自然人'],
    ['2021', 'applications.granted.total', '表三 （一）予以公开 · 总计'],
    ['2021', 'litigationAfterReview.corrected', '表四 复议后起诉 · 结果纠正'],
    ['2021', 'narrative.proactiveTotal', 'narrative.proactiveTotal'],
  ] as const)('%s %s → %s', (template, path, label) => {
    expect(calcCellLabel(template, path)).toBe(label);
  });

  it.each(TEMPLATES)('template %s: every cell of tables 2–4 gets a table label', (template) => {
    for (const path of cellPaths(template)) expect(calcCellLabel(template, path)).toMatch(/^表[二三四] /);
  });
});
