/**
 * A place name (a part of an agency's region: 江苏省, 淮安市, 广西壮族自治区) for the interface:
 * in Chinese as written; in English its pinyin as one word per name, with the administrative
 * suffix in English, as English-language news writes them — `Jiangsu Province`, `Huai'an City`,
 * `Hongze District`, `Guangxi Zhuangzu Autonomous Region`. `pinyin` is the toneless syllables the
 * dataset build wrote (`AgencyEntry.regionPinyin`), one per character. Where the syllables do not
 * line up with the characters (a name with Latin letters or digits), English gets the syllables capitalised (`Xxx Yyy`); no pinyin: the
 * Chinese name.
 */
import type { Lang } from '../view/parseView';
import { formatPinyin } from './formatPinyin';

/** Administrative suffixes, longest first. */
const SUFFIXES: [string, string][] = [
  ['特别行政区', 'Special Administrative Region'],
  ['自治区', 'Autonomous Region'],
  ['自治州', 'Autonomous Prefecture'],
  ['自治县', 'Autonomous County'],
  ['自治旗', 'Autonomous Banner'],
  ['地区', 'Prefecture'],
  ['新区', 'New Area'],
  ['林区', 'Forest District'],
  ['省', 'Province'],
  ['市', 'City'],
  ['区', 'District'],
  ['县', 'County'],
  ['旗', 'Banner'],
  ['盟', 'League'],
];

/**
 * Romanisations that are not the syllables run together: 陕西 is written Shaanxi, to tell it
 * from 山西 (Shanxi), as the national standard for place names does.
 */
const SPELLED: Record<string, string> = { 陕西: 'Shaanxi' };

/**
 * The 56 peoples, for the names of autonomous areas (广西壮族自治区, 新疆维吾尔自治区, 海西蒙古族藏族自治州),
 * and 各族 (龙胜各族自治县): each people named becomes a word of its own after the place.
 */
const PEOPLES = '汉 蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺 各'
  .split(' ')
  .sort((a, b) => b.length - a.length);

export function formatPlaceName(name: string, pinyin: string | null | undefined, lang: Lang): string {
  if (lang !== 'en' || !pinyin) return name;
  const syllables = pinyin.split(/\s+/).filter(Boolean);
  const chars = [...name];
  if (syllables.length !== chars.length || !chars.every((c) => /\p{Script=Han}/u.test(c))) return formatPinyin(pinyin) || name;
  const suffix = SUFFIXES.find(([zh]) => name.endsWith(zh) && name.length > zh.length);
  const stem = suffix ? chars.length - [...suffix[0]].length : chars.length;
  const words = wordBreaks(chars.slice(0, stem), !!suffix?.[0].startsWith('自治')).map(([from, to]) => SPELLED[chars.slice(from, to).join('')] ?? joinSyllables(syllables.slice(from, to)));
  return [...words, ...(suffix ? [suffix[1]] : [])].join(' ');
}

/**
 * The stem cut into words, as [from, to) character ranges: the place, then in an autonomous area's
 * name each people it is named after — with 族 (壮族), or a people of two or more characters without
 * it (维吾尔) — always leaving the place two characters or more (内蒙古 stays one word).
 */
function wordBreaks(chars: string[], autonomous: boolean): [number, number][] {
  const words: [number, number][] = [];
  let end = chars.length;
  while (autonomous) {
    const text = chars.slice(0, end).join('');
    const withZu = PEOPLES.find((p) => text.endsWith(`${p}族`) && end - p.length - 1 >= 2);
    const bare = withZu ? undefined : PEOPLES.find((p) => p.length >= 2 && text.endsWith(p) && end - p.length >= 2);
    const length = withZu ? withZu.length + 1 : bare ? bare.length : 0;
    if (!length) break;
    words.unshift([end - length, end]);
    end -= length;
  }
  words.unshift([0, end]);
  return words;
}

/** Syllables as one word: capitalised, with an apostrophe before a syllable starting with a, o or e (Huai'an, Xi'an). */
function joinSyllables(syllables: string[]): string {
  const word = syllables.map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s)).join('');
  return word ? word[0].toUpperCase() + word.slice(1) : word;
}
