/**
 * 主动公开信息总数 as the prose states it: "主动公开政府信息 77 条",
 * "主动公开信息数为 97 条", "新增主动公开政府信息311条". Not a figure for one
 * channel ("通过门户网站主动公开…"), not the running total over years (历年累计,
 * 累计… as of a date), not a category breakdown ("主动公开信息中机构职能类 3 条").
 * The first plain statement wins; a bare 累计 figure only when there is none.
 */
import { evidenceOf } from '../textDocument';
import { findChannelMentions } from './findChannelMentions';
import { findQuantities } from './findQuantities';
import { lineAt } from './lineAt';
import type { Found } from './parseApplications';
import type { Span } from './prose';
import { splitClauses } from './splitClauses';

const STATEMENT =
  /主动公开(?:了)?(?:各类|各项)?(?:政府)?信息(?:数|数量|总数|总量|条数)?\s*(?:共计|共|为|达到|达|总计|合计)*\s*$/;

export function parseProactiveTotal(sentences: Span[]): Found | null {
  let weak: Found | null = null;
  for (const sentence of sentences) {
    if (!sentence.text.includes('主动公开')) continue;
    const untilDate = /截至|截止/.test(sentence.text);
    for (const clause of splitClauses(sentence, true)) {
      const text = clause.text;
      if (!text.includes('主动公开') || /历年|依申请/.test(text)) continue;
      for (const q of findQuantities(text)) {
        if (q.approximate || q.multiplier || !/^(条|件|篇)$/.test(q.unit) || !q.bounded) continue;
        const before = text.slice(0, q.start);
        // 其他应主动公开政府信息856条 is the last item of a breakdown by category.
        if (!STATEMENT.test(before) || /其他应?主动公开|应主动公开/.test(before)) continue;
        if (findChannelMentions(before).length) continue;
        const cumulative = /累计/.test(before);
        if (cumulative && untilDate) continue;
        const hit = { value: q.value, evidence: evidenceOf(lineAt(clause.block, clause.offset + q.start)) };
        if (!cumulative) return hit;
        weak ??= hit;
      }
    }
  }
  return weak;
}
