/**
 * Whether an agency is in the chosen province, city and level (each unset: any). Its own module,
 * apart from the picker's search, so that the charts that filter load no search code.
 */
import type { AgencyLevel } from '../report/types';
import type { AgencyEntry } from './types';

export interface AgencyFilters {
  province?: string | null;
  city?: string | null;
  level?: AgencyLevel | null;
}

export function matchesFilters(a: AgencyEntry, f: AgencyFilters): boolean {
  return (!f.province || a.region.province === f.province) && (!f.city || a.region.city === f.city) && (!f.level || a.level === f.level);
}
