/**
 * Word rows that start past the table's first grid column say so with `w:gridBefore`
 * (`<w:trPr><w:gridBefore w:val="2"/></w:trPr>`), and mammoth drops it: the row's cells would
 * slide left under the wrong headers. This puts an empty cell spanning those grid columns in
 * front of the row's cells, so every cell stays in its column and the gap stays blank.
 * Only `w:trPr` elements are looked at (they cannot nest and hold no text); a document without
 * `gridBefore` is returned as it is.
 */

const ROW_PROPERTIES = /<w:trPr(?:\s[^>]*)?>([\s\S]*?)<\/w:trPr>/g;
const GRID_BEFORE = /<w:gridBefore\s+w:val="(\d+)"\s*\/>/;

export function fillGridBefore(documentXml: string): string {
  if (!documentXml.includes('w:gridBefore')) return documentXml;
  return documentXml.replace(ROW_PROPERTIES, (trPr, inner: string) => {
    const n = parseInt(GRID_BEFORE.exec(inner)?.[1] ?? '0', 10);
    if (!(n > 0)) return trPr;
    const span = Math.min(n, 1000);
    return `${trPr}<w:tc><w:tcPr><w:gridSpan w:val="${span}"/></w:tcPr><w:p/></w:tc>`;
  });
}
