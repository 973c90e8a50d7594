/**
 * Colours that follow the agency, not the pick order: each key hashes (FNV-1a) to a preferred
 * palette slot, so an agency keeps its colour from view to view. Within one view, two keys that
 * want the same slot are settled in hash-then-key order (never pick order): the first keeps it,
 * the next takes the next free slot. Only with more series than slots do colours repeat.
 */
import { SERIES_COLORS } from './palette';

export function hashKey(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Palette slot per key, in the keys' order. */
export function calcSeriesColors(keys: readonly string[], slots = SERIES_COLORS): number[] {
  const wanted = keys.map((key) => ({ key, slot: hashKey(key) % slots }));
  const order = [...new Set(keys)].sort((a, b) => hashKey(a) % slots - hashKey(b) % slots || (a < b ? -1 : a > b ? 1 : 0));
  const taken = new Set<number>();
  const slotOf = new Map<string, number>();
  for (const key of order) {
    const pref = hashKey(key) % slots;
    let slot = pref;
    if (taken.size < slots) while (taken.has(slot)) slot = (slot + 1) % slots;
    taken.add(slot);
    slotOf.set(key, slot);
  }
  return wanted.map((w) => slotOf.get(w.key)!);
}
