import { describe, expect, it } from 'vitest';
import { isNfkcStable } from './isNfkcStable';

describe('isNfkcStable', () => {
  it('says stable only of characters NFKC leaves alone, alone and after one another', () => {
    let stable = 0;
    for (let c = 0; c <= 0xffff; c++) {
      const s = String.fromCharCode(c);
      if (!isNfkcStable(s)) continue;
      stable++;
      expect(s.normalize('NFKC'), `U+${c.toString(16)}`).toBe(s);
      expect(('a' + s + '一').normalize('NFKC')).toBe('a' + s + '一');
    }
    expect(stable).toBe(95 + 0x9fff - 0x4e00 + 1 + 2);
  });

  it('sends full-width forms, compatibility ideographs, radicals and combining marks to NFKC', () => {
    for (const s of ['１', '，', '：', '\u3000', '⼀', '⻚', '\uf900', 'e\u0301', '\u00a0', '（']) expect(isNfkcStable(s), s).toBe(false);
  });
});
