/** An `<img>` that could be a table: not an icon, logo, QR code or spacer (by size, file name, class or alt). */
import { attrOf, type Element } from './nodes';

const ICON = /icon|logo|share|qr|ewm|erweima|weixin|wechat|weibo|print|close|arrow|btn|button|spacer|blank\.gif|dot\.gif/i;

export function isTableImage(img: Element): boolean {
  const size = (name: string) => parseInt(attrOf(img, name) ?? '', 10);
  const w = size('width');
  const h = size('height');
  if ((w > 0 && w < 64) || (h > 0 && h < 64)) return false;
  return !ICON.test(`${attrOf(img, 'src') ?? ''} ${attrOf(img, 'class') ?? ''} ${attrOf(img, 'alt') ?? ''}`);
}

