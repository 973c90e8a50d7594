/**
 * Rates a journalist would otherwise compute by hand, each with its formula in words. Inputs
 * are catalogue keys; a rate is `null` when any input is `null` or the denominator is 0, and is
 * rounded to 4 decimals.
 */
import type { MetricDef } from './metricCatalogue';

export interface DerivedMetric extends MetricDef {
  derived: NonNullable<MetricDef['derived']>;
  /** The rate from the input values, in `derived.inputs` order. */
  compute: (inputs: (number | null)[]) => number | null;
}

const DENIED = ['stateSecret', 'lawForbidden', 'safetyStability', 'thirdPartyRights', 'internalAffairs', 'processInfo', 'enforcementFile', 'queryMatter'].map(
  (k) => `applications.denied.${k}.total`,
);

export const round4 = (x: number) => Math.round(x * 10000) / 10000;

function ratio(num: number, den: number): number | null {
  return den > 0 && Number.isFinite(num) ? round4(num / den) : null;
}

const allKnown = (xs: (number | null)[]): xs is number[] => xs.every((x) => x !== null);
const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

export const DERIVED_METRICS: readonly DerivedMetric[] = [
  {
    key: 'derived.applicationsReceived',
    group: 'applications',
    label: { zh: '新收申请（表三；表中空白时取正文）', en: 'New requests (table 3; the prose figure where the table is blank)' },
    unit: 'count',
    templates: ['2019', '2021'],
    derived: {
      formula: {
        zh: '表三“一、本年新收政府信息公开申请数量”总计；该格空白或读不出时，取报告正文所写的收到申请数（如“全年未收到申请”为 0）',
        en: "Table 3 row 一 (new requests), total column; where that cell is blank or unreadable, the number of requests the report's prose states (\"no requests were received\" is 0)",
      },
      inputs: ['applications.newReceived.total', 'narrative.applicationsReceived'],
    },
    compute: (xs) => xs[0] ?? xs[1] ?? null,
  },
  {
    key: 'derived.grantedShare',
    group: 'applications',
    label: { zh: '公开率（予以公开+部分公开）', en: 'Share granted in full or in part' },
    unit: 'share',
    templates: ['2019', '2021'],
    derived: {
      formula: {
        zh: '（予以公开 + 部分公开）÷ 办结总计（七、总计），总计列',
        en: '(granted in full + granted in part) ÷ total handled (row 7, total), total column',
      },
      inputs: ['applications.granted.total', 'applications.partiallyGranted.total', 'applications.total.total'],
    },
    compute: (xs) => (allKnown(xs) ? ratio(xs[0] + xs[1], xs[2]) : null),
  },
  {
    key: 'derived.deniedShare',
    group: 'applications',
    label: { zh: '不予公开率', en: 'Denial share' },
    unit: 'share',
    templates: ['2019', '2021'],
    derived: {
      formula: {
        zh: '不予公开（八项之和）÷ 办结总计（七、总计），总计列',
        en: 'denied (sum of the eight grounds) ÷ total handled (row 7, total), total column',
      },
      inputs: [...DENIED, 'applications.total.total'],
    },
    compute: (xs) => (allKnown(xs) ? ratio(sum(xs.slice(0, -1)), xs[xs.length - 1]) : null),
  },
  {
    key: 'derived.reviewCorrectionRate',
    group: 'review',
    label: { zh: '行政复议纠错率', en: 'Review correction rate' },
    unit: 'share',
    templates: ['2019', '2021'],
    derived: {
      formula: { zh: '行政复议结果纠正 ÷（行政复议总计 − 尚未审结）', en: 'review corrected ÷ (review total − pending)' },
      inputs: ['review.corrected', 'review.total', 'review.pending'],
    },
    compute: (xs) => (allKnown(xs) ? ratio(xs[0], xs[1] - xs[2]) : null),
  },
  {
    key: 'derived.litigationCorrectionRate',
    group: 'review',
    label: { zh: '行政诉讼纠错率', en: 'Lawsuit correction rate' },
    unit: 'share',
    templates: ['2019', '2021'],
    derived: {
      formula: {
        zh: '（直接起诉 + 复议后起诉）结果纠正 ÷（两者总计 − 两者尚未审结）',
        en: '(corrected in lawsuits without and after review) ÷ (their totals − their pending)',
      },
      inputs: ['litigationDirect.corrected', 'litigationAfterReview.corrected', 'litigationDirect.total', 'litigationAfterReview.total', 'litigationDirect.pending', 'litigationAfterReview.pending'],
    },
    compute: (xs) => (allKnown(xs) ? ratio(xs[0] + xs[1], xs[2] + xs[3] - xs[4] - xs[5]) : null),
  },
];
