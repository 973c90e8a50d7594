import { describe, expect, it } from 'vitest';
import { readCell } from './readCell';

describe('readCell', () => {
  it.each([
    ['', { kind: 'blank' }],
    ['无', { kind: 'blank' }],
    ['无\t', { kind: 'blank' }],
    [' 无 ', { kind: 'blank' }],
    ['—', { kind: 'blank' }],
    ['／', { kind: 'blank' }],
    ['无效', { kind: 'text' }],
    ['（一）予以公开', { kind: 'text' }],
    ['予以公开', { kind: 'text' }],
    ['１', { kind: 'text' }],
    ['0', { kind: 'number', value: 0, unit: '' }],
    ['007', { kind: 'number', value: 7, unit: '' }],
    ['1370', { kind: 'number', value: 1370, unit: '' }],
    ['999999999999999', { kind: 'number', value: 999999999999999, unit: '' }],
    [' 5', { kind: 'number', value: 5, unit: '' }],
    ['-2', { kind: 'number', value: -2, unit: '' }],
    ['1,370', { kind: 'number', value: 1370, unit: '' }],
    ['19项', { kind: 'number', value: 19, unit: '项' }],
    ['1.2万', { kind: 'number', value: 12000, unit: '万' }],
  ])('plain digits, labels and blanks read as the full reading does: %j', (text, expected) => {
    expect(readCell(text)).toEqual(expected);
  });

  it('a number of more digits than a double holds is invalid, not rounded', () => {
    expect(readCell('99999999999999999999').kind).toBe('invalid');
  });
});
