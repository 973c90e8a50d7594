/**
 * Line-level text normalisation shared by every stage: traditional → simplified
 * (OpenCC), full-width digits and letters → ASCII, odd spaces → plain spaces.
 * Chinese punctuation is kept as is; matchers strip it where they need to.
 */
import { Converter } from 'opencc-js/t2cn';

let toSimplified: ((s: string) => string) | null = null;

/** Characters that only traditional text has are rare; skip OpenCC for lines that are plainly ASCII. */
function simplify(s: string): string {
  if (!/[\u3400-\u9fff]/.test(s)) return s;
  toSimplified ??= Converter({ from: 'tw', to: 'cn' });
  return toSimplified(s);
}

const FULLWIDTH = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff05\uff0e\uff0b\uff0d\uff0f]/g;
const ODD_SPACES = /[\u00a0\u2002-\u200b\u3000\ufeff]/g;

export function normalizeLine(raw: string): string {
  return simplify(raw)
    .replace(FULLWIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(ODD_SPACES, (c) => (c === '\u200b' || c === '\ufeff' ? '' : ' '));
}
