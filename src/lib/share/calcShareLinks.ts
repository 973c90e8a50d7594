/**
 * Absolute links of a chart, from the page's own URL (the site runs under any sub-path): the
 * dashboard view that reproduces it, the embed page, the host script, and the `<iframe>` code.
 */
import { serializeView, type View } from '../view/parseView';
import { serializeEmbedSearch, type EmbedOptions } from '../embed/embedOptions';
import { escapeXml } from '../export/textPainter';

/** The site's folder: index.html and embed.html sit side by side in it. */
const siteBase = (pageUrl: string) => new URL('./', pageUrl).href;

export function dashboardUrl(view: View, pageUrl: string): string {
  return siteBase(pageUrl) + serializeView(view);
}

export function embedUrl(view: View, options: EmbedOptions, pageUrl: string): string {
  return `${siteBase(pageUrl)}embed.html${serializeEmbedSearch(serializeView(view), options)}`;
}

/**
 * The code to paste: an iframe that already has a sensible height without any script (min-height
 * = the chart's height at article width), and the optional host script that makes it follow the
 * chart's real height.
 */
export function calcEmbedCode(src: string, title: string, height: number, pageUrl: string): string {
  const script = `${siteBase(pageUrl)}embed-resize.js`;
  return (
    `<iframe src="${escapeXml(src)}" title="${escapeXml(title)}" data-gov-disclosure-embed loading="lazy" ` +
    `style="width:100%;min-height:${Math.round(height)}px;border:0" height="${Math.round(height)}"></iframe>\n` +
    `<script src="${escapeXml(script)}" async></script>`
  );
}
