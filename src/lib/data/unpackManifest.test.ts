import { describe, expect, it } from 'vitest';
import { packManifest } from './packManifest';
import { DATASET_SCHEMA_VERSION, type AgencyEntry, type Manifest, type ManifestEntry, type ManifestFile } from './types';
import { unpackManifest } from './unpackManifest';

const agency = (id: string, name: string): AgencyEntry => ({ id, name, aliases: [], pinyin: '', initials: '', region: { province: null, city: null, county: null }, regionFrom: null, level: 'city', years: [2020] });
const entry = (id: string, agencyId: string, name: string, extra: Partial<ManifestEntry> = {}): ManifestEntry => ({ id, agency: agencyId, name, year: 2020, template: '2019', failedChecks: [], ...extra });

const manifest: Manifest = {
  schemaVersion: DATASET_SCHEMA_VERSION,
  inputsSha256: 'sha256:ab',
  agencies: [agency('a1', '甲局'), agency('a2', '乙局')],
  years: [2020],
  reports: [
    entry('1-2020', 'a1', '甲局', { url: 'https://example.org/r1', failedChecks: ['applications.balance'] }),
    entry('r2', 'a2', '乙局旧名', { year: null, template: null, noTables: true, synthetic: true }),
    entry('2-2020', 'a2', '乙局', { conflict: 0 }),
    entry('2-2020-2', 'a2', '乙局', { conflict: 0, synthetic: true }),
  ],
  metrics: [],
  conflicts: [{ agency: 'a2', year: 2020, reports: ['2-2020', '2-2020-2'], differing: ['review.total'] }],
  files: [{ path: 'manifest.json', kind: 'manifest' }],
};

describe('packManifest / unpackManifest', () => {
  it('the stored columns read back to the same manifest: ids, names, urls, flags, conflicts', () => {
    const packed = packManifest(manifest);
    expect(packed.reports).toEqual({
      // The usual id (agency id's hash, year) is not stored; any other is.
      id: [null, 'r2', null, '2-2020-2'],
      agency: [0, 1, 1, 1],
      name: [null, '乙局旧名', null, null],
      year: [2020, null, 2020, 2020],
      template: ['2019', null, '2019', '2019'],
      url: ['https://example.org/r1', null, null, null],
      failedChecks: [['applications.balance'], [], [], []],
      flags: [0, 3, 0, 1],
    });
    expect(unpackManifest(JSON.parse(JSON.stringify(packed)))).toEqual(manifest);
  });

  it('a manifest of another dataset version (the old one row per report) is refused, in both languages', () => {
    const old = { ...packManifest(manifest), schemaVersion: 2, reports: manifest.reports } as unknown as ManifestFile;
    expect(() => unpackManifest(old)).toThrow(/数据格式版本为 2.*dataset version 2, this page needs 3/);
    expect(() => unpackManifest({ ...packManifest(manifest), reports: manifest.reports } as unknown as ManifestFile)).toThrow(/dataset version 3/);
  });

  it('a damaged file (columns out of line, an agency position past the list) is refused, not half read', () => {
    const packed = packManifest(manifest);
    expect(() => unpackManifest({ ...packed, reports: { ...packed.reports, year: [2020] } })).toThrow(/report column year does not align/);
    expect(() => unpackManifest({ ...packed, reports: { ...packed.reports, agency: [0, 1, 1, 9] } })).toThrow(/report 4 names no agency/);
  });

  it('a report of an agency the manifest does not list cannot be packed', () => {
    expect(() => packManifest({ ...manifest, reports: [entry('x', 'nope', 'X')] })).toThrow(/unknown agency nope/);
  });
});
