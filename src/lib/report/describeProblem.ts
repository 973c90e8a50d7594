/** Reading warnings in words a journalist can act on. */
import type { Placement } from './placeCells';

/** A cell's text as a warning quotes it: long texts are clipped so that a warning stays a line. */
export function quoteCell(text: string, max = 60): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max)}…（共 ${t.length} 字）` : t;
}

export function describeProblem(where: string, n: number, problem: NonNullable<Placement['problem']>): string {
  switch (problem.kind) {
    case 'extra':
      return `${where}：${problem.found} 个数字多于 ${n} 个单元格，只保留前 ${n} 个`;
    case 'extra-columns':
      return `${where}：${problem.found} 个数字多于表头的 ${n} 列，无法确定各数字所在的列，整行记为空白`;
    case 'extra-lines':
      return `${where}：分在几行的 ${problem.found} 个数字多于 ${n} 个单元格，无法确定哪些属于这一行，整行记为空白`;
    case 'ambiguous':
      return `${where}：只有 ${problem.found} 个数字，对应 ${n} 个单元格，无法确定空白位置，整行记为空白`;
    case 'invalid':
      return `${where}第 ${problem.cell + 1} 个单元格「${quoteCell(problem.text)}」${problem.reason}，记为空白`;
    case 'unreadable':
      return `${where}：单元格「${quoteCell(problem.text)}」不是数字，记为空白`;
    case 'readings':
      return `${where}：连在一起的数字「${quoteCell(problem.text)}」有 ${problem.count} 种读法，表格的加总关系无法确定，未填`;
    case 'no-reading':
      return `${where}：连在一起的数字「${quoteCell(problem.text)}」无法分成 ${n} 个单元格，整行记为空白`;
    case 'no-sum':
      return `${where}：连在一起的数字「${quoteCell(problem.text)}」分成 ${n} 个单元格的读法都不合表格的加总关系，整行记为空白`;
    case 'too-many-readings':
      return `${where}：连在一起的数字「${quoteCell(problem.text)}」读法过多，整行记为空白`;
  }
}

/** Labels of several rows printed before their numbers (a converter's labels-then-values order): nothing is placed. */
export function describeApart(table: '二' | '三', labels: readonly string[]): string {
  return `表${table}${labels.map((l) => `「${quoteCell(l, 30)}」`).join('')}：这几行的标签和数字分开印出，无法确定哪个数字属于哪一行，未填`;
}
