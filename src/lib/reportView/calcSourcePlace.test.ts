import { describe, expect, it } from 'vitest';
import { calcSourcePlace } from './calcSourcePlace';

describe('calcSourcePlace: the source panel names the page of a PDF, else the line', () => {
  it('a value read from a PDF names its page, in Chinese and English', () => {
    const ev = { line: 40, text: '行政许可\t550', page: 3, box: [81, 700, 400, 712] as [number, number, number, number] };
    expect(calcSourcePlace(ev, 'zh')).toEqual({ kind: 'page', parts: ['PDF 第 ', 3, ' 页'] });
    expect(calcSourcePlace(ev, 'en')).toEqual({ kind: 'page', parts: ['PDF page ', 3, ''] });
  });

  it('a value read from a text or HTML report names its line', () => {
    expect(calcSourcePlace({ line: 12, text: '规章\t0' }, 'zh')).toEqual({ kind: 'line', parts: ['原文第 ', 12, ' 行'] });
    expect(calcSourcePlace({ line: 12, text: '规章\t0' }, 'en')).toEqual({ kind: 'line', parts: ['source line ', 12, ''] });
  });
});
