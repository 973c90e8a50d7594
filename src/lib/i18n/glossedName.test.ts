import { describe, expect, it } from 'vitest';
import { stripIsolates } from './displayName';
import { glossedName } from './glossedName';

describe('glossedName', () => {
  it.each([
    ['en', 'bao ji shi gong an ju', '宝鸡市公安局 (Bao Ji Shi Gong An Ju)'],
    ['zh', 'bao ji shi gong an ju', '宝鸡市公安局'],
    ['en', undefined, '宝鸡市公安局'],
    ['en', '', '宝鸡市公安局'],
  ] as const)('in %s with pinyin %j: %s', (lang, pinyin, shown) => {
    expect(stripIsolates(glossedName('宝鸡市公安局', pinyin, lang))).toBe(shown);
  });
  it('the name stays isolated, so a right-to-left name cannot move the gloss', () => {
    expect(glossedName('\u05d0', 'a', 'en')).toBe('\u2068\u05d0\u2069 (A)');
  });
});
