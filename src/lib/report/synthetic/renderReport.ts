/**
 * Synthetic report values → the full text of an annual report in one layout:
 * title, the synthetic-data marker, sections 一…六 with prose, tables 2–4 in
 * the template's form, and the signature. Deterministic: the same values,
 * layout and options give the same text.
 */
import { toTraditional } from './toTraditional';
import { createRenderContext, type RenderContext } from './createRenderContext';
import { resolveLayout, type LayoutName } from './layouts';
import { renderIntro, renderOther, renderOverview, renderProblems } from './renderProse';
import { renderTable2 } from './renderTable2';
import { renderTable3 } from './renderTable3';
import { renderTable4 } from './renderTable4';
import type { RenderOptions, SyntheticReportValues } from './types';

/** Printed under the title of every synthetic report; `synthetic test data` survives every option. */
export const SYNTHETIC_MARKER = '（本报告为测试用合成数据 / synthetic test data）';

const HEADINGS = {
  overview: '总体情况',
  active: '主动公开政府信息情况',
  applications: '收到和处理政府信息公开申请情况',
  review: '政府信息公开行政复议、行政诉讼情况',
  problems: '存在的主要问题及改进情况',
  other: '其他需要报告的事项',
} as const;
type SectionKey = keyof typeof HEADINGS;

const NUMERALS = ['一', '二', '三', '四', '五', '六'];


function renderTitle(ctx: RenderContext): string[] {
  const { agency, year } = ctx.values;
  const sp = ctx.rng.chance(0.5) ? ' ' : '';
  const md = ctx.layout.cells === 'markdown' ? '# ' : '';
  switch (ctx.rng.int(0, 2)) {
    case 0:
      return [`${md}${agency.name}${sp}${year}${sp}年政府信息公开工作年度报告`];
    case 1:
      return [`${md}${agency.name}`, '', `${year}${sp}年度政府信息公开工作年度报告`];
    default:
      return [`${md}${agency.name}${sp}${year}${sp}年政府信息公开`, '工作年度报告'];
  }
}

function renderSignature(ctx: RenderContext): string[] {
  const { agency, publishedOn } = ctx.values;
  const out = ctx.rng.chance(0.8) || publishedOn === null ? [agency.name] : [];
  if (publishedOn !== null) {
    const [y, m, d] = publishedOn.split('-');
    const pad = ctx.rng.chance(0.2);
    const sp = ctx.rng.chance(0.6) ? ' ' : '';
    const num = (s: string): string => (pad ? s : String(Number(s)));
    out.push(`${y}${sp}年${sp}${num(m)}${sp}月${sp}${num(d)}${sp}日`);
  }
  return out;
}

function fullWidth(text: string): string {
  return text
    .replace(/(?<=\d)\.(?=\d)/g, '．')
    .replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

export function renderReport(values: SyntheticReportValues, layout: LayoutName, opts: RenderOptions = {}): string {
  const resolved = resolveLayout(values.seed, layout);
  const ctx = createRenderContext(values, resolved, opts);
  const markdown = resolved.cells === 'markdown';
  const push = resolved.push;
  const order: SectionKey[] = ['overview', 'active', 'applications', 'review', 'problems', 'other'];
  const headed = order.filter((k) => !(push === 'table2IntoOverview' && k === 'active'));
  const heading = (key: SectionKey): string => {
    const n = NUMERALS[headed.indexOf(key)];
    const level = markdown ? `${ctx.rng.pick(['##', '##', '###'])} ` : '';
    return `${level}${n}、${HEADINGS[key]}`;
  };
  // Prose paragraphs are followed by a blank line; table lines keep their own spacing.
  const prose = (paragraphs: string[]): string[] => paragraphs.flatMap((p) => [p, '']);
  const body: Record<SectionKey, string[]> = {
    overview: prose(renderOverview(ctx)),
    active: renderTable2(ctx),
    applications: renderTable3(ctx),
    review: renderTable4(ctx),
    problems: prose(renderProblems(ctx)),
    other: prose(renderOther(ctx)),
  };
  if (push === 'table2IntoOverview') body.overview = [...body.overview, ...body.active];
  if (push === 'table4IntoProblems') {
    // After the heading of 五 and its first paragraph, as in seed 004; 四 keeps only its heading.
    body.problems = [...body.problems.slice(0, 4), ...body.review, '', ...body.problems.slice(4)];
    body.review = [];
  }

  const lines: string[] = ['', ...renderTitle(ctx), SYNTHETIC_MARKER, '', ...renderIntro(ctx)];
  for (const key of headed) lines.push('', heading(key), '', ...body[key]);
  lines.push('', ...renderSignature(ctx), '');

  let text = lines.join('\n');
  if (opts.traditional) text = toTraditional(text);
  if (opts.fullWidthDigits) text = fullWidth(text);
  if (ctx.rng.chance(0.1)) text = text.replace(/\n/g, '\r\n');
  return text;
}
