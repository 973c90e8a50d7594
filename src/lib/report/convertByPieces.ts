/**
 * A text converter applied piece by piece: the text is cut at runs of separator characters,
 * each piece between them is converted on its own (and remembered), the separators are kept.
 * For OpenCC this gives the whole text's conversion exactly when no dictionary key holds a
 * separator: each of its passes matches keys from left to right, longest first, so a match
 * never reaches past a separator and what follows one is read afresh, as a text of its own.
 * Pieces of prose repeat across reports far more than whole lines do (lines carry numbers).
 */
export function convertByPieces(
  text: string,
  isSeparator: (code: number) => boolean,
  convertPiece: (piece: string) => string,
): string {
  let out = '';
  let start = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    if (!isSeparator(text.charCodeAt(i))) {
      i++;
      continue;
    }
    if (i > start) out += convertPiece(text.slice(start, i));
    const sepStart = i;
    while (i < n && isSeparator(text.charCodeAt(i))) i++;
    out += text.slice(sepStart, i);
    start = i;
  }
  if (n > start) out += start === 0 ? convertPiece(text) : convertPiece(text.slice(start));
  return out;
}
