/**
 * Page furniture around a report: navigation, site header and footer,
 * breadcrumbs, share and print widgets, sidebars, search boxes, the page's
 * publication info line and the 索引号 metadata table. Known by tag, ARIA role,
 * class/id words, or, for short elements, by their words (当前位置, 分享到,
 * 版权所有 …). Anything holding much text that is not links is never furniture:
 * a report body with a class like `main-side` stays.
 */
import { isHidden } from './isHidden';
import { attrOf, isElement, isText, type Element, type Node } from './nodes';
import type { TextMeasure } from './measureText';

const TAGS = new Set(['nav', 'header', 'footer', 'aside', 'menu']);
const ROLES = /^(?:navigation|banner|contentinfo|search|complementary|menu|menubar)$/i;
const WORDS = new Set([
  'nav', 'navs', 'navbar', 'navigation', 'menu', 'menus', 'submenu', 'header', 'head', 'topbar', 'footer', 'foot',
  'breadcrumb', 'breadcrumbs', 'crumb', 'crumbs', 'bread', 'position', 'location', 'share', 'shares', 'bdshare',
  'bdsharebuttonbox', 'jiathis', 'sidebar', 'aside', 'toolbar', 'tools', 'print', 'comment', 'comments', 'related',
  'relate', 'copyright', 'banner', 'search', 'login', 'qrcode', 'ewm', 'erweima', 'fenxiang', 'dayin', 'prevnext',
  'pagebar', 'pager', 'pagination',
]);
/** Short elements with these words are furniture: breadcrumbs, widgets, footers, the info line. */
const FURNITURE_TEXT =
  /^\s*(?:当前位置|您现在的位置|您的位置|您当前的位置|所在位置|分享到|分享：)|版权所有|ICP备|网站标识码|技术支持[：:]|公网安备|浏览次数|阅读次数|点击数[：:]|访问次数|字号[：:]|【\s*打印|打印本页|关闭窗口|上一篇[：:]|下一篇[：:]/;
/** The metadata table of 政府信息公开 pages (索引号, 发布机构, 生成日期, 文号…). */
const METADATA_TABLE = /索引号[\s\S]*(?:发布机构|生成日期|成文日期|主题分类|发文日期)/;

function words(el: Element): string[] {
  const names = `${attrOf(el, 'class') ?? ''} ${attrOf(el, 'id') ?? ''}`;
  if (!names.trim()) return [];
  return names
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[\s_-]+/);
}

/** Visible text of an element, left out elements skipped, when short (null when longer than `max` characters). */
function shortText(el: Element, max: number, skip: ReadonlySet<Element>): string | null {
  let out = '';
  const stack: Node[] = [...el.childNodes].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    if (isText(node)) out += node.value;
    else if (isElement(node) && !skip.has(node) && !isHidden(node))
      for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]);
    if (out.length > max * 4) return null;
  }
  return out.replace(/\s+/g, '').length <= max ? out : null;
}

/** `skip`: elements already known to be furniture or hidden (decisions are made bottom-up). */
export function isBoilerplate(el: Element, m: TextMeasure, skip: ReadonlySet<Element>): boolean {
  const all = m.text + m.links;
  // Much text that is not links is content, whatever the markup calls it.
  const small = m.text < 400 || m.links > m.text;
  if (!small) return false;
  if (TAGS.has(el.tagName)) return true;
  const role = attrOf(el, 'role');
  if (role && ROLES.test(role)) return true;
  if (words(el).some((w) => WORDS.has(w))) return true;
  if (el.tagName === 'table' && all < 600) {
    const text = shortText(el, 600, skip);
    if (text && METADATA_TABLE.test(text)) return true;
  }
  // Words are looked for where text sits: in elements holding text of their own.
  if (all >= 4 && all < 300 && m.tables === 0 && el.childNodes.some((n) => isText(n) && n.value.trim())) {
    const text = shortText(el, 300, skip);
    if (text && FURNITURE_TEXT.test(text)) return true;
  }
  return false;
}
