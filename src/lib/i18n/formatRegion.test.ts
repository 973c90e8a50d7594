import { describe, expect, it } from 'vitest';
import { formatRegion } from './formatRegion';

const region = { province: '江苏省', city: '淮安市', county: '洪泽区' };
const pinyin = { province: 'jiang su sheng', city: 'huai an shi', county: 'hong ze qu' };

describe('formatRegion', () => {
  it('writes Chinese from the province down and English from the county up', () => {
    expect(formatRegion(region, pinyin, 'zh')).toBe('江苏省 · 淮安市 · 洪泽区');
    expect(formatRegion(region, pinyin, 'en')).toBe("Hongze District, Huai'an City, Jiangsu Province");
  });

  it('shows the parts asked for, leaves blank parts out, and keeps Chinese where there is no pinyin', () => {
    expect(formatRegion(region, pinyin, 'en', ['province', 'city'])).toBe("Huai'an City, Jiangsu Province");
    expect(formatRegion({ province: '江苏省', city: null, county: null }, pinyin, 'en')).toBe('Jiangsu Province');
    expect(formatRegion(region, undefined, 'en', ['city'])).toBe('淮安市');
    expect(formatRegion({ province: null, city: null, county: null }, undefined, 'zh')).toBe('');
  });
});
