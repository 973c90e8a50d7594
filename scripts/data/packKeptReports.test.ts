import { describe, expect, it } from 'vitest';
import type { AgencyEntry } from '../../src/lib/data/types';
import type { KeptReport } from '../../src/lib/dataset/calcKeptReports';
import { METRIC_CATALOGUE } from '../../src/lib/dataset/metrics/metricCatalogue';
import { packKeptReports, unpackKeptReports } from './packKeptReports';

const agency: AgencyEntry = { id: 'a1', name: '某县公安局', aliases: [], pinyin: '', initials: '', region: { province: '河南省', city: null, county: null }, regionFrom: null, level: 'county', years: [2021] };
const kept = (values: (number | null)[]): KeptReport => ({
  id: 'r1',
  agency: 'a1',
  duplicates: [],
  record: { year: 2021, template: '2021', failedChecks: ['applications.balance'], values, notes: [{ index: 3, approximate: true, label: '微博' }, { index: 4, approximate: false, label: '微信' }] } as unknown as KeptReport['record'],
});

describe('kept reports packed for a download worker', () => {
  it('a blank stays null, a stated 0 stays 0, negative and fractional numbers are kept; approximate flags survive', () => {
    const values = METRIC_CATALOGUE.map((_, i) => (i === 0 ? 0 : i === 1 ? null : i === 2 ? -3.25 : i));
    const { kept: back, agencies } = unpackKeptReports(structuredClone(packKeptReports([kept(values)], new Map([['a1', agency]]))));
    expect(back[0].record.values).toEqual(values);
    expect(back[0].record.notes).toEqual([{ index: 3, approximate: true }]);
    expect(back[0]).toMatchObject({ id: 'r1', agency: 'a1', record: { year: 2021, template: '2021', failedChecks: ['applications.balance'] } });
    expect(agencies.get('a1')).toEqual(agency);
  });

  it('a value that is not a finite number is an error naming the report and metric, not a silent blank', () => {
    const values = METRIC_CATALOGUE.map((_, i) => (i === 5 ? NaN : null));
    expect(() => packKeptReports([kept(values)], new Map([['a1', agency]]))).toThrow(`r1: metric ${METRIC_CATALOGUE[5].key} is NaN`);
  });
});
