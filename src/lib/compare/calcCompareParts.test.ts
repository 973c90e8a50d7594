import { describe, expect, it } from 'vitest';
import { makeReport } from '../../../test/factories/makeReport';
import { setPath } from '../report/schema';
import type { Report } from '../report/types';
import { calcChannelPosts, calcOutcomeParts, calcOutcomeTotal, channelKindsOf, OUTCOME_CATEGORIES } from './calcCompareParts';

const withCells = (cells: Record<string, number | null>, template: '2019' | '2021' = '2021'): Report => {
  const r = makeReport({ template });
  for (const [p, v] of Object.entries(cells)) setPath(r as unknown as Record<string, unknown>, p, v);
  return r;
};
const at = (key: string) => OUTCOME_CATEGORIES.findIndex((c) => c.key === key);

describe('Compare parts', () => {
  it('outcome groups sum their rows; a group with every row blank stays null, not 0', () => {
    const parts = calcOutcomeParts(withCells({
      'applications.granted.total': 5,
      'applications.unableToProvide.notHeld.total': 2,
      'applications.unableToProvide.needsCreation.total': 0,
      'applications.unableToProvide.unclear.total': 1,
      'applications.denied.processInfo.total': 0,
    }));
    expect(parts[at('granted')]).toBe(5);
    expect(parts[at('unableToProvide')]).toBe(3);
    expect(parts[at('denied.processInfo')]).toBe(0);
    expect(parts[at('notProcessed')]).toBeNull();
    expect(parts).toHaveLength(OUTCOME_CATEGORIES.length);
  });

  it('a group with one blank row is null, not the sum of the others (a blank is not 0)', () => {
    const parts = calcOutcomeParts(withCells({
      'applications.unableToProvide.notHeld.total': null,
      'applications.unableToProvide.needsCreation.total': 0,
      'applications.unableToProvide.unclear.total': 0,
    }));
    expect(parts[at('unableToProvide')]).toBeNull();
  });

  it('the outcome total is 七、总计 plus 结转下年度, or null when either is blank', () => {
    expect(calcOutcomeTotal(withCells({ 'applications.total.total': 7, 'applications.carriedForward.total': 1 }))).toBe(8);
    expect(calcOutcomeTotal(withCells({ 'applications.total.total': 7, 'applications.carriedForward.total': null }))).toBeNull();
  });

  it('2019 template: 其他处理 is its single row', () => {
    const parts = calcOutcomeParts(withCells({ 'applications.otherDisposal.all.total': 4 }, '2019'));
    expect(parts[at('otherDisposal')]).toBe(4);
  });

  it('posts by channel: accounts of one kind summed, approximate if any is, the stated total left out', () => {
    const r = makeReport();
    const fig = (channel: string, value: number, approximate = false, metric = 'posts') => ({ channel, metric, value, approximate, label: channel, evidence: { line: 1, text: '' } });
    r.channels = [fig('weibo', 100), fig('weibo', 50, true), fig('wechat', 30), fig('all', 999), fig('wechat', 7, false, 'followers')] as Report['channels'];
    const posts = calcChannelPosts(r);
    expect([...posts]).toEqual([['weibo', { value: 150, approximate: true }], ['wechat', { value: 30, approximate: false }]]);
    expect(channelKindsOf([posts, new Map([['website', 1]])])).toEqual(['website', 'weibo', 'wechat']);
  });
});
