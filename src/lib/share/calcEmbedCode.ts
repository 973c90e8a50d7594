import { escapeXml } from '../export/textPainter';
import { calcLadderCss, type HeightStep } from './calcHeightLadder';
import { siteBase } from './calcShareLinks';

/**
 * The code to paste. With the heights measured at every width (`measureEmbedHeights`), the iframe
 * sits in a box whose `padding-top` is that height ladder (a percentage of padding is one of the
 * width), so it fits at any width without any script, inline styles only. Without them, an
 * iframe with a `min-height` estimate. Either way, the optional host script makes the height
 * follow the chart (`embed-resize.js`), and the iframe has a `title` for screen readers.
 */
export function calcEmbedCode(src: string, title: string, height: HeightStep[] | number, pageUrl: string): string {
  const script = `<script src="${escapeXml(`${siteBase(pageUrl)}embed-resize.js`)}" async></script>`;
  const attrs = `src="${escapeXml(src)}" title="${escapeXml(title)}" data-gov-disclosure-embed loading="lazy"`;
  if (typeof height === 'number') return `<iframe ${attrs} style="width:100%;min-height:${Math.round(height)}px;border:0" height="${Math.round(height)}"></iframe>\n${script}`;
  return (
    `<div data-gov-disclosure-embed-box style="position:relative;width:100%;padding-top:${calcLadderCss(height)}">` +
    `<iframe ${attrs} style="position:absolute;top:0;left:0;width:100%;height:100%;border:0"></iframe></div>\n${script}`
  );
}
