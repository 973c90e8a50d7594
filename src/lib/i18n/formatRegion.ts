/**
 * An agency's region for the interface: in Chinese from the largest part down (`江苏省 · 淮安市`);
 * in English each part by `formatPlaceName`, from the smallest up as English writes addresses
 * (`Huai'an City, Jiangsu Province`). `parts` picks which of province, city and county to show;
 * blank parts are left out, and '' means the region is unknown.
 */
import type { Region } from '../report/types';
import type { Lang } from '../view/parseView';
import { formatPlaceName } from './formatPlaceName';

type Part = keyof Region;

export function formatRegion(region: Region, pinyin: Region | undefined, lang: Lang, parts: Part[] = ['province', 'city', 'county']): string {
  const names = parts.flatMap((p) => (region[p] ? [formatPlaceName(region[p], pinyin?.[p], lang)] : []));
  return lang === 'en' ? names.reverse().join(', ') : names.join(' · ');
}
