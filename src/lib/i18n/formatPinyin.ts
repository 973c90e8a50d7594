/**
 * An agency's toneless pinyin (`AgencyEntry.pinyin`: `bao ji shi gong an ju`) as a gloss for the
 * English interface: syllables capitalised, Latin letters and digits of the name kept
 * (`Bao Ji Shi Gong An Ju`). A name with no pinyin gives ''.
 */
export function formatPinyin(pinyin: string | undefined): string {
  return (pinyin ?? '')
    .split(/\s+/)
    .filter((s) => /^[a-zü0-9]+$/i.test(s))
    .map((s) => s[0].toUpperCase() + s.slice(1))
    .join(' ');
}
