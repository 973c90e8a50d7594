import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import { formatPlaceName } from './formatPlaceName';

/** The syllables as the dataset build writes them (calcAgencies' placePinyin). */
const py = (name: string) => pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join(' ');
const en = (name: string) => formatPlaceName(name, py(name), 'en');

describe('formatPlaceName', () => {
  it('writes the place as one word and its suffix in English', () => {
    expect(en('江苏省')).toBe('Jiangsu Province');
    expect(en('淮安市')).toBe("Huai'an City");
    expect(en('洪泽区')).toBe('Hongze District');
    expect(en('平潭县')).toBe('Pingtan County');
    expect(en('西安市')).toBe("Xi'an City");
    expect(en('大兴安岭地区')).toBe("Daxing'anling Prefecture");
    expect(en('陕西省')).toBe('Shaanxi Province');
    expect(en('山西省')).toBe('Shanxi Province');
    expect(en('香港特别行政区')).toBe('Xianggang Special Administrative Region');
  });

  it('names the peoples of an autonomous area as words of their own', () => {
    expect(en('广西壮族自治区')).toBe('Guangxi Zhuangzu Autonomous Region');
    expect(en('新疆维吾尔自治区')).toBe("Xinjiang Weiwu'er Autonomous Region");
    expect(en('内蒙古自治区')).toBe('Neimenggu Autonomous Region');
    expect(en('延边朝鲜族自治州')).toBe('Yanbian Chaoxianzu Autonomous Prefecture');
    expect(en('海西蒙古族藏族自治州')).toBe('Haixi Mengguzu Zangzu Autonomous Prefecture');
    expect(en('巴音郭楞蒙古自治州')).toBe('Bayinguoleng Menggu Autonomous Prefecture');
    expect(en('龙胜各族自治县')).toBe('Longsheng Gezu Autonomous County');
  });

  it('cuts no people out of a place that is not autonomous, and keeps a bare suffix word whole', () => {
    expect(en('北京市')).toBe('Beijing City');
    expect(en('土家市')).toBe('Tujia City');
    expect(en('市')).toBe('Shi');
  });

  it('keeps Chinese as written, and falls back where the syllables do not line up', () => {
    expect(formatPlaceName('淮安市', 'huai an shi', 'zh')).toBe('淮安市');
    expect(formatPlaceName('淮安市', null, 'en')).toBe('淮安市');
    expect(formatPlaceName('淮安市', undefined, 'en')).toBe('淮安市');
    expect(formatPlaceName('X开发区', 'x kai fa qu', 'en')).toBe('X Kai Fa Qu');
  });
});
