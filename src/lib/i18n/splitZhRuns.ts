/**
 * English text that quotes Chinese (official table labels such as 本年新制作数量) as parts, so
 * the page can mark each Chinese run `lang="zh"` (right font, screen readers switch voice).
 * A run is CJK characters with the CJK and fullwidth punctuation inside or around them.
 */
export interface TextRun {
  text: string;
  zh?: true;
}

const ZH_RUN = /[\u3000-\u303f\u3400-\u9fff\uff01-\uff5e]*[\u3400-\u9fff][\u3000-\u303f\u3400-\u9fff\uff01-\uff5e]*/g;

export function splitZhRuns(text: string): TextRun[] {
  const out: TextRun[] = [];
  let at = 0;
  for (const m of text.matchAll(ZH_RUN)) {
    if (m.index! > at) out.push({ text: text.slice(at, m.index) });
    out.push({ text: m[0], zh: true });
    at = m.index! + m[0].length;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}
