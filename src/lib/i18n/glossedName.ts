/**
 * An agency name for a plain-text sentence: cleaned and isolated (`plainName`), and in English
 * followed by its pinyin in brackets (`宝鸡市公安局 (Bao Ji Shi Gong An Ju)`), as the English
 * interface glosses agency names elsewhere. No pinyin, or Chinese: the name alone.
 */
import type { Lang } from '../view/parseView';
import { plainName } from './displayName';
import { formatPinyin } from './formatPinyin';

export function glossedName(name: string, pinyin: string | undefined, lang: Lang): string {
  const gloss = lang === 'en' ? formatPinyin(pinyin) : '';
  return gloss ? `${plainName(name)} (${gloss})` : plainName(name);
}
