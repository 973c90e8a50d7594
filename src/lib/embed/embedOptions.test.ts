import { describe, expect, it } from 'vitest';
import { parseView, serializeView } from '../view/parseView';
import { DEFAULT_EMBED, parseEmbedOptions, serializeEmbedSearch } from './embedOptions';

describe('embed options', () => {
  it.each([
    ['', DEFAULT_EMBED],
    ['?theme=dark', { theme: 'dark', controls: true }],
    ['?theme=light&controls=0', { theme: 'light', controls: false }],
    ['?theme=purple&controls=yes', DEFAULT_EMBED],
  ])('%s reads as %o', (search, expected) => {
    expect(parseEmbedOptions(search)).toEqual(expected);
  });

  it('round trip: the view and the options both survive, defaults are left out', () => {
    const view = parseView('?lang=en&metric=review.total&agencies=a1,a2&chart=ranked&year=2023');
    const search = serializeEmbedSearch(serializeView(view), { theme: 'dark', controls: false });
    expect(parseView(search)).toEqual(view);
    expect(parseEmbedOptions(search)).toEqual({ theme: 'dark', controls: false });
    expect(serializeEmbedSearch('', DEFAULT_EMBED)).toBe('');
    expect(serializeEmbedSearch('', { theme: 'light', controls: true })).toBe('?theme=light');
  });
});
