/** Issue 13, findings 4 and 7: names are shown cleaned, clipped with the whole name as title, and isolated. */
import { describe, expect, it } from 'vitest';
import { displayName, isolate, NAME_SHOWN_CHARS, plainName, stripIsolates } from './displayName';

describe('displayName', () => {
  it.each([
    ['宝鸡市公安局', '宝鸡市公安局'],
    ['<img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)>'],
    ['甲\u0001乙\u001b[2J丙\u0085丁\u007f', '甲乙[2J丙丁'],
    ['\u202e局安公市鸡宝\u202c', '局安公市鸡宝'],
    ['甲\u2066乙\u2069\u200f丙\u061c', '甲乙丙'],
    ['甲\n乙\r\n丙\t丁\u2028戊', '甲 乙 丙 丁 戊'],
    ['  甲乙  ', '甲乙'],
    ['甲\ud800乙\udc00丙😀', '甲乙丙😀'],
    ['\ufeff甲\ufffe\uffff', '甲'],
    ['', ''],
  ])('%j is shown as %j, whole, with no title', (name, text) => {
    expect(displayName(name)).toEqual({ text, title: undefined });
  });

  it('a name past 60 characters is clipped with … and whole in the title', () => {
    const name = `${'某'.repeat(59)}市公安局`;
    const shown = displayName(name);
    expect(Array.from(shown.text)).toHaveLength(NAME_SHOWN_CHARS + 1);
    expect(shown.text).toBe(`${'某'.repeat(59)}市…`);
    expect(shown.title).toBe(name);
  });

  it('exactly 60 characters is not clipped', () => {
    expect(displayName('某'.repeat(60))).toEqual({ text: '某'.repeat(60), title: undefined });
  });

  it('clipping counts code points and never splits a surrogate pair', () => {
    const shown = displayName('😀'.repeat(100), 10);
    expect(shown.text).toBe(`${'😀'.repeat(10)}…`);
    expect(shown.text).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });

  it('controls do not count towards the length: 70 controls and 10 characters are shown whole', () => {
    expect(displayName(`${'\u0001'.repeat(70)}${'甲'.repeat(10)}`)).toEqual({ text: '甲'.repeat(10), title: undefined });
  });

  it('a 3,000,000-character name: clipped text, and a title itself clipped at 2,000 characters', () => {
    const shown = displayName('\u202e某'.repeat(1_500_000));
    expect(shown.text).toBe(`${'某'.repeat(60)}…`);
    expect(Array.from(shown.title!)).toHaveLength(2001);
    expect(shown.title).not.toContain('\u202e');
  });
});

describe('plainName, isolate, stripIsolates', () => {
  it('a name in a sentence is isolated, so its direction stays inside', () => {
    expect(`${plainName('\u202e甲乙')} 2024`).toBe('\u2068甲乙\u2069 2024');
    expect(isolate('مكتب')).toBe('\u2068مكتب\u2069');
  });

  it('plainName clips like displayName', () => {
    expect(plainName('某'.repeat(100))).toBe(`\u2068${'某'.repeat(60)}…\u2069`);
  });

  it('stripIsolates gives back the text', () => {
    expect(stripIsolates(`${plainName('甲乙')} 2024`)).toBe('甲乙 2024');
  });
});
