/** A stable, URL-safe report id from agency name and year: same input, same id. */

/** FNV-1a, 32 bit: tiny, deterministic, the same in Node and the browser. */
export function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36).padStart(7, '0');
}

export function reportId(agencyName: string, year: number | null): string {
  return `${fnv1a(agencyName)}-${year ?? 'unknown'}`;
}
