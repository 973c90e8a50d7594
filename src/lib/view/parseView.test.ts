import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, parseView, serializeView, type View } from './parseView';

describe('view ⇄ URL', () => {
  const views: [string, View][] = [
    ['default view', DEFAULT_VIEW],
    ['ascii id', { report: 'jiyuan-gonganju-2021' }],
    ['id with CJK and reserved characters', { report: '济源示范区公安局-2021&x=1#y' }],
  ];
  it.each(views)('%s round-trips through the query string', (_, view) => {
    expect(parseView(serializeView(view))).toEqual(view);
  });

  it('default view leaves the query string empty', () => {
    expect(serializeView(DEFAULT_VIEW)).toBe('');
  });

  it('empty or blank report parameter means no report', () => {
    expect(parseView('?report=')).toEqual(DEFAULT_VIEW);
    expect(parseView('?report=%20')).toEqual(DEFAULT_VIEW);
    expect(parseView('')).toEqual(DEFAULT_VIEW);
  });

  it('unknown parameters are ignored', () => {
    expect(parseView('?report=a&utm_source=x')).toEqual({ report: 'a' });
  });
});
