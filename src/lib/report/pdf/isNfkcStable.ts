/**
 * Whether NFKC leaves the text as it is, known without calling ICU: printable ASCII, the CJK
 * unified ideographs and 、。 have no decomposition and compose with nothing. Most of a report's
 * text items are such (a character or two each in a Chromium print); the others are normalised.
 */
export function isNfkcStable(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 0x20 && c <= 0x7e) || (c >= 0x4e00 && c <= 0x9fff) || c === 0x3001 || c === 0x3002)) return false;
  }
  return true;
}
