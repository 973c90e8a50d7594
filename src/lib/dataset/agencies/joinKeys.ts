/**
 * Keys under which two different agency names may be the same body. Each key is a rule; two
 * names join only if they share a key and the checks of `calcAgencies` pass.
 *   samePlace:   济源示范区公安局 ~ 济源市公安局 (a 示范区 named after its city)
 *   placePrefix: 淄博市公安局经开区分局 ~ 经开区公安分局 (a branch named with or without its city bureau)
 *   governmentName: 平潭综合实验区 ~ 平潭综合实验区管委会 ~ …人民政府 (a government by its place or its organ)
 *   redistricted: 长乐县公安局 → 长乐区公安局 (a county or county-level city made a district)
 */
import type { Region } from '../../report/types';

export type JoinRule = 'alias' | 'placePrefix' | 'governmentName' | 'redistricted';

/** The place a government's name stands for: 平潭综合实验区 for 平潭综合实验区管委会, 宝鸡市 for 宝鸡市人民政府 and for 宝鸡市. */
export function governmentKey(name: string): string | null {
  const stem = name.replace(/(?:人民政府|管理委员会|管委会|政府)$/, '');
  return /^[\u4e00-\u9fa5]{2,16}(?:省|市|区|县|州|盟|旗)$/.test(stem) ? stem : null;
}

/** The district name a county (县) or county-level city (市) takes when made a district: 长乐县公安局 → 长乐区公安局. */
export function redistrictedKey(name: string): string | null {
  const m = /^([\u4e00-\u9fa5]{2,12}?)(?:县|市)([\u4e00-\u9fa5]*?(?:公安局|人民政府|局|委员会|办公室))$/.exec(name);
  return m ? `${m[1]}区${m[2]}` : null;
}

/** `<stem>示范区…` and `<stem>市…` name the same place (济源). */
export function samePlaceKey(name: string): string | null {
  const m = /^([\u4e00-\u9fa5]{2,4}?)(?:产城融合)?示范区(.+)$/.exec(name);
  return m ? `${m[1]}市${m[2]}` : null;
}

/** The branch part of a police branch name: 经开 for both 淄博市公安局经开区分局 and 经开区公安分局. */
export function branchKey(name: string): { branch: string; withCity: boolean } | null {
  const full = /^[\u4e00-\u9fa5]{2,12}?[市州盟]公安局([\u4e00-\u9fa5]{2,8}?)(?:区|县)?分局$/.exec(name);
  if (full) return { branch: full[1], withCity: true };
  const short = /^([\u4e00-\u9fa5]{2,8}?)(?:区|县)?公安分局$/.exec(name);
  return short ? { branch: short[1], withCity: false } : null;
}

/** Regions agree when no level both know differs (the county left out after a redistricting). */
export function regionsAgree(a: Region, b: Region, ignoreCounty = false): boolean {
  return (['province', 'city', 'county'] as const).every((k) => (ignoreCounty && k === 'county') || !a[k] || !b[k] || a[k] === b[k]);
}
