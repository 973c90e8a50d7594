/**
 * Table labels as real reports print them: the official wording with the
 * variants reports use (本单位 for 本机关, 国家机密, 只记, half-width brackets,
 * "1. " or "1 ." enumerators), and, for seed-002-like text, characters split
 * by spaces ("3 .危 及 “三 安全 一稳 定”"). One style per report.
 */
import type { Rng } from './createRng';

export interface LabelStyle {
  halfBrackets: boolean;
  /** Space after a closing bracket: "(一) 予以公开". */
  bracketSpace: boolean;
  /** How "1." is written before a row label. */
  enumerator: '.' | '. ' | ' .' | '．';
  variants: boolean;
  straightQuotes: boolean;
  /** "第二十条 第（一）项" rather than "第二十条第（一）项". */
  captionSpace: boolean;
}

export function createLabelStyle(rng: Rng): LabelStyle {
  return {
    halfBrackets: rng.chance(0.4),
    bracketSpace: rng.chance(0.4),
    enumerator: rng.pick(['.', '.', '. ', ' .', '．'] as const),
    variants: rng.chance(0.4),
    straightQuotes: rng.chance(0.2),
    captionSpace: rng.chance(0.4),
  };
}

const VARIANTS: [RegExp, string][] = [
  [/本机关不掌握/, '本单位不掌握'],
  [/国家秘密/, '国家机密'],
  [/只计这一情形/, '只记这一情形'],
  [/对外公开总数量/, '对外公开总数'],
];

export function styleLabel(text: string, style: LabelStyle): string {
  let out = text;
  if (style.variants) for (const [re, to] of VARIANTS) out = out.replace(re, to);
  out = out.replace(/^(\d+)\./, (_, n: string) => n + style.enumerator);
  if (style.straightQuotes) out = out.replace(/[“”]/g, '"');
  if (style.halfBrackets) out = out.replace(/（/g, '(').replace(/）/g, ')').replace(/：/g, ':');
  if (style.bracketSpace) out = out.replace(/^([（(][一二三四五六七八九十]+[）)])(?=\S)/, '$1 ');
  return out;
}

/** "第二十条第（一）项" in the report's style. */
export function styleCaption(item: string, style: LabelStyle): string {
  return styleLabel(`第二十条${style.captionSpace ? ' ' : ''}第${item}项`, { ...style, bracketSpace: false });
}

/**
 * Split a label's characters by spaces at random, never inside a number
 * ("1 .属 于国 家秘 密", "自 然 人").
 */
export function spaceOut(text: string, rng: Rng): string {
  const chars = [...text.replace(/\s+/g, '')];
  let out = '';
  chars.forEach((c, i) => {
    out += c;
    const next = chars[i + 1];
    if (next === undefined) return;
    if (/\d/.test(c) && /\d/.test(next)) return;
    if (rng.chance(0.55)) out += ' ';
  });
  return out;
}
