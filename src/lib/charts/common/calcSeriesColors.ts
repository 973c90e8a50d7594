/**
 * Colours that follow the agency, not the pick order: each key hashes (FNV-1a) to a preferred
 * palette slot, so an agency keeps its colour from view to view. Within one view, two keys that
 * want the same slot are settled in hash-then-key order (never pick order): the first keeps it,
 * the next takes the next free slot. Only with more series than slots do colours repeat; the two
 * blues (slots 0 and 5) are used together only when every other slot is taken.
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
  // Slots 0 and 5 are both blues (far apart in light mode, close in dark): with a free slot,
  // the key on 5 moves there so that two series never need telling apart by shade of blue.
  if (slots === SERIES_COLORS && taken.has(0) && taken.has(5)) {
    const free = [1, 2, 3, 4].find((i) => !taken.has(i));
    const onFive = [...slotOf].find(([, v]) => v === 5)?.[0];
    if (free !== undefined && onFive !== undefined && [...slotOf.values()].filter((v) => v === 5).length === 1) slotOf.set(onFive, free);
  }
  return wanted.map((w) => slotOf.get(w.key)!);
}
