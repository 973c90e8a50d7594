/**
 * When table 2 is missing (cut off, or printed as an image), reports often still
 * say in prose how many licensing, penalty and coercion decisions they made
 * ("主动公开行政许可处理事项746件、行政处罚处理事项887件"). Those sentences fill
 * the `decisions` cells, each with its sentence as evidence and a warning that
 * says where the numbers came from. Counts of items (行政许可事项40项: the
 * 2019 template's 项目数量) are not decisions and are left alone.
 */
import { isTableLine } from './narrative/isTableLine';
import type { ReadState } from './readState';
import { evidenceOf, type TextDocument } from './textDocument';
import { withoutSpaces } from './withoutSpaces';

type Kind = 'licensing' | 'penalty' | 'coercion';
const KINDS: Record<string, Kind> = { 行政许可: 'licensing', 行政处罚: 'penalty', 行政强制: 'coercion' };
/** A count of decisions: 件, 起, 宗, 条, 次 — not 项 or 个, which count kinds of items. */
const COUNT = '(\\d{1,3}(?:,\\d{3})+|\\d+)\\s*(?:件|起|宗|条|次)';
/** 行政许可处理事项746件 · 行政处罚决定887件 · 行政强制处理决定 5 起 */
const DECISIONS = new RegExp(`(行政许可|行政处罚|行政强制)(?:处理|作出)?(?:决定|事项|结果|案件)(?:信息)?(?:共|计|总数|数量)?[为达]?${COUNT}`, 'g');
/** 作出行政处罚决定887件 · 办结行政许可事项 746 件 */
const ACTED = new RegExp(`(?:作出|办结|办理|处理)(?:了)?(?:各类)?(行政许可|行政处罚|行政强制)(?:决定|事项|案件)?(?:共|计)?${COUNT}`, 'g');

export function readEnforcementProse(doc: TextDocument, state: ReadState): Partial<Record<Kind, number>> {
  const found: Partial<Record<Kind, number>> = {};
  for (const line of doc.lines) {
    if (!/行政(?:许可|处罚|强制)/.test(line.text) || isTableLine(line.text)) continue;
    const text = withoutSpaces(line.text);
    for (const re of [DECISIONS, ACTED]) {
      for (const m of text.matchAll(re)) {
        const kind = KINDS[m[1]];
        if (found[kind] !== undefined) continue;
        found[kind] = Number(m[2].replace(/,/g, ''));
        state.evidence[`active.${kind}.decisions`] = evidenceOf(line);
      }
    }
  }
  const named = (Object.keys(found) as Kind[]).map((k) => ({ licensing: '行政许可', penalty: '行政处罚', coercion: '行政强制' })[k]);
  if (named.length) state.warnings.push(`表二未找到：${named.join('、')}决定数取自正文`);
  return found;
}
