import { describe, expect, it } from 'vitest';
import { quoteText } from './quoteText';

describe('quoteText', () => {
  it.each([
    ['微信公众号', '“微信公众号”'],
    ['“平安济源”微信公众号', '“平安济源”微信公众号'],
    ['““平安济源”微信公众号”', '““平安济源”微信公众号”'],
    ['“政务微博”', '“政务微博”'],
    ['  门户网站 ', '“门户网站”'],
    ['「济源公安」抖音号', '「济源公安」抖音号'],
  ])('%s → %s (never a quote doubled)', (text, quoted) => {
    expect(quoteText(text)).toBe(quoted);
    expect(quoteText(text)).not.toMatch(/““|””/.test(text) ? /$^/ : /““|””/);
  });
});
