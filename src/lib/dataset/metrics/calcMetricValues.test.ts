import { describe, expect, it } from 'vitest';
import { makeReport } from '../../../../test/factories/makeReport';
import { calcMetricValues } from './calcMetricValues';
import { METRIC_CATALOGUE, METRIC_INDEX } from './metricCatalogue';

const ev = { line: 1, text: '' };
const valueOf = (r: ReturnType<typeof makeReport>, key: string) => calcMetricValues(r).values[METRIC_INDEX.get(key)!];

describe('metric values of one report', () => {
  it('every key is unique and every metric has a zh and en label', () => {
    expect(new Set(METRIC_CATALOGUE.map((m) => m.key)).size).toBe(METRIC_CATALOGUE.length);
    for (const m of METRIC_CATALOGUE) expect(m.label.zh && m.label.en).toBeTruthy();
  });

  it('a blank cell is null, not 0; a metric of the other template is null', () => {
    const r = makeReport({ template: '2021' });
    expect(valueOf(r, 'applications.granted.total')).toBeNull();
    expect(valueOf(r, 'active.otherServices.decisions')).toBeNull();
  });

  it('several accounts of one platform are summed, approximate if any is, with their wording', () => {
    const r = makeReport();
    r.channels = [
      { channel: 'weibo', label: '“平安济源”微博', metric: 'posts', value: 1000, approximate: false, evidence: ev },
      { channel: 'weibo', label: '“济源交警”微博', metric: 'posts', value: 500, approximate: true, evidence: ev },
    ];
    const { values, notes } = calcMetricValues(r);
    const i = METRIC_INDEX.get('channels.weibo.posts')!;
    expect(values[i]).toBe(1500);
    expect(notes).toEqual([{ index: i, approximate: true, label: '“平安济源”微博；“济源交警”微博' }]);
    expect(valueOf(r, 'channels.wechat.posts')).toBeNull();
  });

  it('share granted = (granted + partially granted) / total handled, 4 decimals; null when total is 0', () => {
    const r = makeReport();
    r.applications.granted.total = 2;
    r.applications.partiallyGranted.total = 1;
    r.applications.total.total = 7;
    expect(valueOf(r, 'derived.grantedShare')).toBe(0.4286);
    r.applications.total.total = 0;
    expect(valueOf(r, 'derived.grantedShare')).toBeNull();
  });

  it('review correction rate = corrected / (total − pending); null if a cell is blank', () => {
    const r = makeReport();
    Object.assign(r.review, { upheld: 2, corrected: 1, other: 0, pending: 1, total: 4 });
    expect(valueOf(r, 'derived.reviewCorrectionRate')).toBe(0.3333);
    r.review.pending = null;
    expect(valueOf(r, 'derived.reviewCorrectionRate')).toBeNull();
  });
});
