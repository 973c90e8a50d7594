/**
 * Tables must not be read as prose: their numbers belong to cells, not to
 * sentences. A line is table-like when it is tab- or pipe-separated, holds a run
 * of bare numbers, or is a short label followed by a bare number.
 */
const RUN_OF_NUMBERS = /(?:^|\s)[\d.]+\s+[\d.]+\s+[\d.]+(?:\s|$)/;
const ONLY_NUMBERS = /^[\d.\s%-]+$/;
const LABEL_THEN_NUMBER = /^[^，。；：,;:、！？]{1,16}\s[\d.]+$/;

export function isTableLine(text: string): boolean {
  if (text.includes('\t')) return true;
  const t = text.trim();
  if (!t) return false;
  const pipe = t.indexOf('|');
  if (pipe >= 0 && t.indexOf('|', pipe + 1) >= 0) return true;
  if (ONLY_NUMBERS.test(t)) return true;
  if (RUN_OF_NUMBERS.test(t)) return true;
  return LABEL_THEN_NUMBER.test(t);
}
