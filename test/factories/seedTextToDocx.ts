/**
 * A seed report's TEXT → the Word document an agency would attach for it: the blocks of
 * `seedTextToBlocks.ts` as Word paragraphs, headings (styles Heading 1–6) and tables whose
 * merged cells are real Word merges — `w:gridSpan` across, `w:vMerge` restart/continue down
 * — so a reader must place every cell on the table's grid itself. Bytes are deterministic:
 * the document's core properties and the zip's entry dates are fixed.
 */
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { seedTextToBlocks, type SeedBlock } from './seedTextToBlocks';

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];
const FONT = { ascii: 'Times New Roman', eastAsia: '仿宋_GB2312' };

function tableOf({ grid, plan }: Extract<SeedBlock, { kind: 'table' }>): Table {
  const rows = plan.map(
    (cells, r) =>
      new TableRow({
        children: cells.flatMap((cell, c) => {
          if (cell === 'covered') return [];
          const text = cell === 'empty' ? '' : grid[r][c].trim();
          const span = cell === 'empty' ? {} : { ...(cell.colspan > 1 ? { columnSpan: cell.colspan } : {}), ...(cell.rowspan > 1 ? { rowSpan: cell.rowspan } : {}) };
          return [new TableCell({ ...span, children: [new Paragraph({ alignment: AlignmentType.CENTER, children: text ? [new TextRun({ text, font: FONT, size: 20 })] : [] })] })];
        }),
      }),
  );
  return new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } });
}

function blockOf(block: SeedBlock): Paragraph | Table {
  if (block.kind === 'heading') return new Paragraph({ heading: HEADINGS[block.level - 1], children: [new TextRun({ text: block.text, font: FONT })] });
  if (block.kind === 'paragraph') return new Paragraph({ indent: { firstLine: 640 }, children: [new TextRun({ text: block.text, font: FONT, size: 32 })] });
  return tableOf(block);
}

const CORE = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>政府信息公开工作年度报告</dc:title><dc:creator>test fixture</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2000-01-01T00:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2000-01-01T00:00:00Z</dcterms:modified></cp:coreProperties>`;

export async function seedTextToDocx(text: string): Promise<Uint8Array> {
  // A table right after a table would be one table to Word: a paragraph keeps them apart, as in real reports.
  const children: (Paragraph | Table)[] = [];
  for (const block of seedTextToBlocks(text)) {
    if (block.kind === 'table' && children.at(-1) instanceof Table) children.push(new Paragraph({}));
    children.push(blockOf(block));
  }
  const doc = new Document({ creator: 'test fixture', sections: [{ children }] });
  const packed = new Uint8Array(await Packer.toBuffer(doc));
  const entries = unzipSync(packed);
  entries['docProps/core.xml'] = strToU8(CORE);
  const names = Object.keys(entries).sort();
  return zipSync(Object.fromEntries(names.map((n) => [n, entries[n]])), { level: 9, mtime: new Date(Date.UTC(2000, 0, 1)) });
}

/** The document's main part, for tests that look at the merges themselves. */
export function documentXmlOf(docx: Uint8Array): string {
  return strFromU8(unzipSync(docx, { filter: (f) => f.name === 'word/document.xml' })['word/document.xml']);
}
