/**
 * mammoth writes a table's leading `w:tblHeader` rows as `<thead>` and the rest as `<tbody>`,
 * but computes row spans over all rows: a label merged from a header row down into the body
 * (table 3's 三、本年度办理结果 can be) would cross the row groups, which the HTML table
 * model clamps, and the body's cells would slide left. Here, in mammoth's document model
 * before it writes HTML, every row becomes a body row, so each table is one row group.
 */

interface DocElement {
  type?: string;
  isHeader?: boolean;
  children?: DocElement[];
}

export function keepRowsInOneGroup<T>(document: T): T {
  const stack: DocElement[] = [document as DocElement];
  while (stack.length) {
    const el = stack.pop()!;
    if (el.type === 'tableRow') el.isHeader = false;
    if (Array.isArray(el.children)) for (const child of el.children) stack.push(child);
  }
  return document;
}
