/**
 * 信息处理费 collected in the year, in yuan: "未收取信息处理费" → 0,
 * "收取信息处理费 380 元" → 380, "0.038万元" → 380. 行政事业性收费 is a different
 * thing (table 2) and is never read here. Callers pass section 六 first. The law's own
 * rule quoted ("依申请提供政府信息，不收取费用") says nothing about the year: null.
 */
import { evidenceOf } from '../textDocument';
import { findQuantities } from './findQuantities';
import { lineAt } from './lineAt';
import type { Found } from './parseApplications';
import type { Span } from './prose';
import { splitClauses } from './splitClauses';

const FEE = /信息处理费|处理费|信息公开处理费用?|信息公开费用?/;
const NONE =
  /(?:未|没有|无|不|免|均未|并未|不存在)(?:向申请人)?(?:收取|收|产生|发生|涉及)[^，。；]{0,14}?(?:信息处理费|处理费|信息公开处理费|信息公开费用?)|(?:信息处理费|处理费)[^，。；]{0,6}?(?:为零|为0元|(?<![\d.])0元)|(?:无|没有)[^，。；]{0,6}?(?:信息处理费|处理费)/;
const NONE_ANY_FEE = /(?:未|没有|均未|不|免)(?:向申请人)?收取(?:任何)?费用/;
/**
 * The rule of 条例 art. 42 quoted (行政机关依申请提供政府信息，不收取费用): what the law says,
 * not what was collected this year.
 */
const THE_RULE = /提供政府信息[，,]\s*不收取费用/;

export function parseInfoProcessingFee(sentences: Span[]): Found | null {
  let generic: Found | null = null;
  /** "（一）收取信息处理费情况" then "本年度没有收取任何费用。": the heading sets the topic. */
  let feeTopic = false;
  for (const sentence of sentences) {
    const topic = feeTopic;
    feeTopic = FEE.test(sentence.text);
    if (!sentence.text.includes('费') || /行政事业性收费/.test(sentence.text)) continue;
    for (const clause of splitClauses(sentence, true)) {
      const text = clause.text;
      const at = (i: number) => evidenceOf(lineAt(clause.block, clause.offset + i));
      const none = NONE.exec(text);
      if (none) return { value: 0, evidence: at(none.index) };
      const feeAt = text.search(FEE);
      if (feeAt >= 0) {
        for (const q of findQuantities(text)) {
          if (q.start < feeAt || q.unit !== '元' || q.approximate) continue;
          if (!/收取|收费|收入|金额|共计|合计|共|为/.test(text.slice(0, q.start))) continue;
          return { value: q.value, evidence: at(q.start) };
        }
      }
      if (!generic && (topic || /申请|信息公开|处理费/.test(sentence.text)) && !THE_RULE.test(sentence.text)) {
        const any = NONE_ANY_FEE.exec(text);
        if (any) generic = { value: 0, evidence: at(any.index) };
      }
    }
  }
  return generic;
}
