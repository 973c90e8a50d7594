import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, parseView, serializeView, type View } from './parseView';

const v = (patch: Partial<View>): View => ({ ...DEFAULT_VIEW, ...patch });

describe('view ⇄ URL', () => {
  const views: [string, View][] = [
    ['default view', DEFAULT_VIEW],
    ['English', v({ lang: 'en' })],
    ['explore: metric, agencies, years, chart', v({ metric: 'channels.weibo.posts', agencies: ['a01l6l0s', 'a0lo3pqd'], years: [2019, 2023], chart: 'multiples' })],
    ['ranked chart with year and filters', v({ chart: 'ranked', year: 2021, province: '山东省', city: '淄博市', level: 'county' })],
    ['compare', v({ view: 'compare', agencies: ['a1', 'a2', 'a3'], year: 2020 })],
    ['agency page with report', v({ view: 'agencies', agency: 'a1u24rsf', report: '1u24rsf-2021' })],
    ['report id with CJK and reserved characters', v({ view: 'agencies', report: '济源示范区公安局-2021&x=1#y' })],
    ['data quality in English', v({ view: 'quality', lang: 'en' })],
    ['method', v({ view: 'method' })],
    ['log scale, highlighted agency, hidden agencies', v({ scale: 'log', agencies: ['a1', 'a2', 'a3'], highlight: 'a2', hide: ['a1', 'a3'] })],
    ['own words: title, subtitle, notes, byline', v({ title: '依申请公开 “翻倍”：& = ? # 100%', subtitle: 'Requests, 2019–2024', notes: '注：2021 年起新模板。', byline: '记者 张三 / Data desk' })],
    ['annotation on a year', v({ annotation: { year: 2021, agency: null, text: '新模板' } })],
    ['annotation on a point', v({ agencies: ['a1'], annotation: { year: 2022, agency: 'a1', text: 'Peak: a new portal' } })],
    ['line chart of year-on-year change', v({ mode: 'change' })],
    ['small multiples as an index', v({ chart: 'multiples', mode: 'index' })],
  ];
  it.each(views)('%s round-trips through the query string', (_, view) => {
    expect(parseView(serializeView(view))).toEqual(view);
  });

  it('default view leaves the query string empty', () => {
    expect(serializeView(DEFAULT_VIEW)).toBe('');
  });

  it('defaults are left out of the URL', () => {
    expect(serializeView(v({ view: 'compare', agencies: ['a1', 'a2'] }))).toBe('?view=compare&agencies=a1,a2');
  });

  it('serialising twice gives the same string (stable order)', () => {
    const s = serializeView(v({ report: 'r', agency: 'a', level: 'city', lang: 'en', view: 'agencies' }));
    expect(serializeView(parseView(s))).toBe(s);
  });

  it.each([
    ['unknown view falls back to explore', '?view=nope', DEFAULT_VIEW],
    ['unknown language falls back to Chinese', '?lang=fr', DEFAULT_VIEW],
    ['unknown chart type falls back to line', '?chart=pie', DEFAULT_VIEW],
    ['unknown chart mode falls back to values', '?mode=log', DEFAULT_VIEW],
    ['a year range written backwards is turned round', '?years=2023-2019', v({ years: [2019, 2023] })],
    ['a malformed year range is dropped', '?years=2019', DEFAULT_VIEW],
    ['a malformed year is dropped', '?year=20x1', DEFAULT_VIEW],
    ['empty agencies and repeated ids are dropped', '?agencies=a1,,a1,%20', v({ agencies: ['a1'] })],
    ['unknown level is dropped', '?level=planet', DEFAULT_VIEW],
    ['blank report means none', '?report=%20', DEFAULT_VIEW],
    ['an old ?report= link opens the agency page', '?report=x-2021', v({ view: 'agencies', report: 'x-2021' })],
    ['unknown parameters are ignored', '?utm_source=x', DEFAULT_VIEW],
    ['unknown scale falls back to linear', '?scale=sqrt', DEFAULT_VIEW],
    ['blank own words are dropped', '?title=%20%20&byline=', DEFAULT_VIEW],
    ['own words are cut at 280 characters', `?title=${'字'.repeat(300)}`, v({ title: '字'.repeat(280) })],
    ['control characters are dropped from own words', '?notes=a%00b%1Bc', v({ notes: 'abc' })],
    ['an annotation without text or with a bad year is dropped', '?annYear=2021&annText=%20', DEFAULT_VIEW],
    ['an annotation needs a year', '?annText=hi', DEFAULT_VIEW],
  ])('%s', (_, search, view) => {
    expect(parseView(search)).toEqual(view);
  });
});
