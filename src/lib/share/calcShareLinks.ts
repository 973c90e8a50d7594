/**
 * Absolute links of a chart, from the page's own URL (the site runs under any sub-path): the
 * dashboard view that reproduces it and the embed page (the `<iframe>` code is `calcEmbedCode`).
 */
import { serializeView, type View } from '../view/parseView';
import { serializeEmbedSearch, type EmbedOptions } from '../embed/embedOptions';

/** The site's folder: index.html and embed.html sit side by side in it. */
export const siteBase = (pageUrl: string) => new URL('./', pageUrl).href;

export function dashboardUrl(view: View, pageUrl: string): string {
  return siteBase(pageUrl) + serializeView(view);
}

export function embedUrl(view: View, options: EmbedOptions, pageUrl: string): string {
  return `${siteBase(pageUrl)}embed.html${serializeEmbedSearch(serializeView(view), options)}`;
}
