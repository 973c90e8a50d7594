import { describe, expect, it } from 'vitest';
import { TABLE3 } from '../report/schema';
import { TEMPLATES } from '../report/schema';
import { calcTable3Layout } from './calcTable3Layout';

describe('calcTable3Layout', () => {
  it.each(TEMPLATES)('template %s: every row fills exactly three label columns', (template) => {
    const layout = calcTable3Layout(template);
    expect(layout.map((r) => r.key)).toEqual(TABLE3[template].map((r) => r.key));
    // Columns covered in each row = own cells + cells spanning down from rows above.
    const covered = layout.map(() => 0);
    layout.forEach((row, i) => {
      for (const cell of row.labels) for (let k = 0; k < cell.rowspan; k++) covered[i + k] += cell.colspan;
    });
    expect(covered).toEqual(layout.map(() => 3));
  });

  it('2021: 三、本年度办理结果 spans granted through total, 不予公开 spans its 8 reasons', () => {
    const layout = calcTable3Layout('2021');
    const granted = layout.find((r) => r.key === 'granted')!;
    expect(granted.labels[0]).toEqual({ text: '三、本年度办理结果', colspan: 1, rowspan: 22 });
    const secret = layout.find((r) => r.key === 'denied.stateSecret')!;
    expect(secret.labels).toEqual([
      { text: '（三）不予公开', colspan: 1, rowspan: 8 },
      { text: '1.属于国家秘密', colspan: 1, rowspan: 1 },
    ]);
  });

  it('2019: the single 其他处理 row spans both inner label columns', () => {
    const row = calcTable3Layout('2019').find((r) => r.key === 'otherDisposal.all')!;
    expect(row.labels).toEqual([{ text: '（六）其他处理', colspan: 2, rowspan: 1 }]);
  });

  it('rows outside the results block span all three label columns', () => {
    const row = calcTable3Layout('2021').find((r) => r.key === 'carriedForward')!;
    expect(row.labels).toEqual([{ text: '四、结转下年度继续办理', colspan: 3, rowspan: 1 }]);
  });
});
