/** Administrative level from the agency name's shape (the gazetteer refines region later). */
import type { AgencyLevel } from './types';

export function inferLevel(name: string): AgencyLevel {
  if (/分局$|派出所$/.test(name)) return 'branch';
  const local = name.replace(/^[\u4e00-\u9fa5]{2,8}?(?:省|自治区)/, '');
  if (/[县旗区]/.test(local)) return 'county';
  if (/[市州盟]/.test(local)) return 'city';
  return local !== name ? 'province' : 'other';
}
