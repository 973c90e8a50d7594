import { describe, expect, it } from 'vitest';
import { TABLE3, TEMPLATES } from '../report/schema';
import { calcTable3CompactLayout } from './calcTable3CompactLayout';

describe('calcTable3CompactLayout', () => {
  it.each(TEMPLATES)('template %s: every row once, in official order', (template) => {
    const rows = calcTable3CompactLayout(template).flatMap((i) => (i.kind === 'row' ? [i.key] : []));
    expect(rows).toEqual(TABLE3[template].map((r) => r.key));
  });

  it('2021: group headings come right before their first row', () => {
    const items = calcTable3CompactLayout('2021');
    const at = (key: string) => items.findIndex((i) => i.kind === 'row' && i.key === key);
    expect(items[at('granted') - 1]).toEqual({ kind: 'group', text: '三、本年度办理结果', depth: 1 });
    expect(items[at('denied.stateSecret') - 1]).toEqual({ kind: 'group', text: '（三）不予公开', depth: 2 });
    expect(items[at('otherDisposal.overdueCorrection') - 1]).toEqual({ kind: 'group', text: '（六）其他处理', depth: 2 });
    expect(items.filter((i) => i.kind === 'group')).toHaveLength(5);
  });

  it('2019: 其他处理 is a single row inside the results, not a group', () => {
    const items = calcTable3CompactLayout('2019');
    expect(items.find((i) => i.kind === 'row' && i.key === 'otherDisposal.all')).toEqual({
      kind: 'row', key: 'otherDisposal.all', label: '（六）其他处理', depth: 1,
    });
    expect(items.filter((i) => i.kind === 'group')).toHaveLength(4);
  });
});
