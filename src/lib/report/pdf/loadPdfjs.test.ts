import { describe, expect, it } from 'vitest';
import { loadPdfjs } from './loadPdfjs';

describe('loadPdfjs', () => {
  it('keeps the engine’s own push and JSON, which the legacy build’s polyfills would replace with slower ones', async () => {
    const before = [Array.prototype.push, JSON.stringify, JSON.parse, Function.prototype.toString];
    const pdfjs = await loadPdfjs();
    expect(typeof pdfjs.getDocument).toBe('function');
    expect([Array.prototype.push, JSON.stringify, JSON.parse, Function.prototype.toString]).toEqual(before);
    // What the polyfills add and pdfjs needs stays.
    expect(typeof (Promise as { withResolvers?: unknown }).withResolvers).toBe('function');
    expect(await loadPdfjs()).toBe(pdfjs);
  });
});
