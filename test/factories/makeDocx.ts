/**
 * A minimal Word package around a `w:body`'s XML (synthetic test data): the parts mammoth and
 * Word need ([Content_Types].xml, the package and document relationships, word/document.xml).
 * For tests of table markup the `docx` package cannot write (gridBefore, hand-made vMerge).
 */
import { strToU8, zipSync } from 'fflate';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export function makeDocx(bodyXml: string, extra: Record<string, string> = {}): Uint8Array {
  return zipSync(
    {
      '[Content_Types].xml': strToU8(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      ),
      '_rels/.rels': strToU8(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
      ),
      'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${bodyXml}</w:body></w:document>`),
      ...Object.fromEntries(Object.entries(extra).map(([k, v]) => [k, strToU8(v)])),
    },
    { mtime: new Date(Date.UTC(2000, 0, 1)) },
  );
}

/** A paragraph of text. */
export const p = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

/** A table cell; `props` is its w:tcPr content (`<w:gridSpan w:val="2"/>`, `<w:vMerge w:val="restart"/>` …). */
export const tc = (text: string, props = '') => `<w:tc>${props ? `<w:tcPr>${props}</w:tcPr>` : ''}${text ? p(text) : '<w:p/>'}</w:tc>`;

/** A table row; `props` is its w:trPr content (`<w:gridBefore w:val="1"/>`, `<w:tblHeader/>` …). */
export const tr = (cells: string[], props = '') => `<w:tr>${props ? `<w:trPr>${props}</w:trPr>` : ''}${cells.join('')}</w:tr>`;

export const tbl = (rows: string[]) => `<w:tbl><w:tblPr/>${rows.join('')}</w:tbl>`;
