import { describe, expect, it } from 'vitest';
import { htmlToText } from './html/htmlToText';
import { maybeSourceUrl } from './maybeSourceUrl';
import { parseMetaCsv, metaFor } from './parseMetaCsv';
import { parseReport, parseReportText } from './parseReport';
import { parseSourceUrl } from './parseSourceUrl';
import { createTextDocument } from './textDocument';

const BODY = '某县公安局2021年政府信息公开工作年度报告\n一、总体情况\n2021年，我局在门户网站发布信息12条。\n';
const enc = (s: string) => new TextEncoder().encode(s);

describe('the original report URL (source.url)', () => {
  it.each<[string, string | null]>([
    ['https://www.pingtan.gov.cn/zwgk/t20200120_80576.htm', 'https://www.pingtan.gov.cn/zwgk/t20200120_80576.htm'],
    ['  http://gaj.example.gov.cn/a.html  ', 'http://gaj.example.gov.cn/a.html'],
    ['javascript:alert(1)', null],
    ['/zwgk/relative.htm', null],
    ['见门户网站', null],
    ['https://a.example/ with space', null],
    ['', null],
  ])('maybeSourceUrl(%j) → %j', (raw, want) => expect(maybeSourceUrl(raw)).toBe(want));

  it('a crawled text file: the 原文链接 header line', () => {
    const doc = createTextDocument(`标题: 平潭综合实验区2019年度政府信息公开工作年度报告\n发布时间: 2020-01-20 15:22\n原文链接: https://www.pingtan.gov.cn/a/t1.htm\n==== 正文 ====\n${BODY}`);
    expect(parseSourceUrl(doc)).toBe('https://www.pingtan.gov.cn/a/t1.htm');
  });

  it('a 原文链接 deep in the body is not a header and is ignored; no URL leaves source.url out', () => {
    const r = parseReportText(`${BODY}${'正文。\n'.repeat(20)}原文链接：https://x.example/a.htm\n`, { file: 'a.txt' });
    expect(r.source.url).toBeUndefined();
  });

  it('an HTML page: canonical link first, else og:url; a relative canonical is not kept', () => {
    const page = (head: string) => `<html><head>${head}</head><body><div>${BODY.replace(/\n/g, '<br>')}</div></body></html>`;
    expect(htmlToText(page('<link rel="canonical" href="https://gaj.example.gov.cn/c.html"><meta property="og:url" content="https://other.example/">')).url).toBe('https://gaj.example.gov.cn/c.html');
    expect(htmlToText(page('<meta property="og:url" content="https://gaj.example.gov.cn/o.html">')).url).toBe('https://gaj.example.gov.cn/o.html');
    expect(htmlToText(page('<link rel="canonical" href="/c.html">')).url).toBeNull();
  });

  it('meta.csv url column overrides what the file says; a bad url is an error naming the row', async () => {
    const table = parseMetaCsv('file,agency,url\na.txt,,https://meta.example/a.htm\nb.txt,,not a url\n');
    expect(table.errors).toEqual(['meta.csv row 3: url "not a url" is not an http(s) address']);
    const text = `原文链接: https://file.example/a.htm\n${BODY}`;
    const out = await parseReport(enc(text), { file: 'a.txt', meta: metaFor(table, 'a.txt') });
    expect(out.ok && out.report.source.url).toBe('https://meta.example/a.htm');
    const own = await parseReport(enc(text), { file: 'c.txt' });
    expect(own.ok && own.report.source.url).toBe('https://file.example/a.htm');
  });

  it('report JSON keeps its own source.url only when it is an http(s) address', async () => {
    const base = parseReportText(BODY, { file: 'x.txt' });
    const withUrl = await parseReport(enc(JSON.stringify({ ...base, source: { url: 'https://j.example/r.htm' } })), { file: 'r.json' });
    expect(withUrl.ok && withUrl.report.source.url).toBe('https://j.example/r.htm');
    const bad = await parseReport(enc(JSON.stringify({ ...base, source: { url: 'javascript:void(0)' } })), { file: 'r.json' });
    expect(bad.ok && bad.report.source.url).toBeUndefined();
  });
});
