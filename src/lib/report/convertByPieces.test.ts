import { Converter } from 'opencc-js/t2cn';
import { describe, expect, it } from 'vitest';
import { convertByPieces } from './convertByPieces';
import { simplify } from './normalizeText';

describe('convertByPieces', () => {
  it('converts each piece between separator runs and keeps the separators as written', () => {
    const seen: string[] = [];
    const upper = (p: string) => (seen.push(p), p.toUpperCase());
    const isDigit = (c: number) => c >= 48 && c <= 57;
    expect(convertByPieces('ab12cd3e', isDigit, upper)).toBe('AB12CD3E');
    expect(seen).toEqual(['ab', 'cd', 'e']);
    expect(convertByPieces('12', isDigit, upper)).toBe('12');
    expect(convertByPieces('', isDigit, upper)).toBe('');
    expect(convertByPieces('xyz', isDigit, upper)).toBe('XYZ');
  });
});

describe('simplify (OpenCC by pieces)', () => {
  const whole = Converter({ from: 'tw', to: 'cn' });
  it('gives what OpenCC gives for the whole line, phrases, numbers and punctuation included', () => {
    const lines = [
      '本機關2023年共收到政府資訊公開申請 12 件，其中網上申請 10 件、書面申請 2 件。',
      '（一）予以公開\t3\t0\t0\t0\t0\t0\t3',
      '「平安廣州」微博發佈資訊1,234條，閱讀量達5.6萬人次；微信公眾號推送 88 條。',
      '三、本年度辦理結果 （三）不予公開 1.屬於國家秘密',
      '乾縣人民政府著力推進政務公開，著重做好資訊發佈、解讀、回應工作。',
      '後臺數據顯示：網站訪問量 999,999 次 / 平均每日 2,739 次（同比增長 12.5%）',
      '⿰氵可 與 ⿱艹化 的說明：這裡有表意文字描述字元。',
    ];
    for (const line of lines) expect(simplify(line)).toBe(whole(line));
  });
});
