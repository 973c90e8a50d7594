/**
 * Where a number's source line is, as the source panel says it: a PDF's page
 * (第 3 页 / page 3), else the line of the text (原文第 12 行 / line 12). Returned as
 * [before, number, after] so the number can carry its own element.
 */
import type { Evidence } from '../report/types';

export type SourcePlace = { kind: 'page' | 'line'; parts: [string, number, string] };

export function calcSourcePlace(evidence: Evidence, lang: 'zh' | 'en'): SourcePlace {
  if (evidence.page !== undefined)
    return { kind: 'page', parts: lang === 'zh' ? ['PDF 第 ', evidence.page, ' 页'] : ['PDF page ', evidence.page, ''] };
  return { kind: 'line', parts: lang === 'zh' ? ['原文第 ', evidence.line, ' 行'] : ['source line ', evidence.line, ''] };
}
