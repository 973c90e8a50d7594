/**
 * A page printed as Chromium's "Save as PDF" prints it: default margins, the date and the page
 * title on top, the address and the page number at the bottom (what a journalist's browser adds
 * when they save a report's web page).
 */
import type { Page } from 'playwright-core';

const PRINT_HEADER = `<div style="font-size:8px;width:100%;padding:0 1cm;display:flex;justify-content:space-between"><span>2021/1/29 10:00</span><span class="title"></span><span></span></div>`;
const PRINT_FOOTER = `<div style="font-size:8px;width:100%;padding:0 1cm;display:flex;justify-content:space-between"><span>http://www.example.gov.cn/zwgk/ndbg/</span><span><span class="pageNumber"></span>/<span class="totalPages"></span></span></div>`;

export async function printLikeChromium(page: Page, html: string, format: 'A4' | 'A5' = 'A4', landscape = false): Promise<Uint8Array> {
  await page.setContent(html, { waitUntil: 'load' });
  const pdf = await page.pdf({
    format,
    landscape,
    displayHeaderFooter: true,
    headerTemplate: PRINT_HEADER,
    footerTemplate: PRINT_FOOTER,
    margin: { top: '1cm', bottom: '1cm', left: '1cm', right: '1cm' },
  });
  return new Uint8Array(pdf);
}
