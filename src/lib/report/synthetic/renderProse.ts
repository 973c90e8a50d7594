/**
 * The prose around the tables: plausible sentences for sections 一, 五 and 六,
 * with figures of their own (channel counts, dates of the statistics period)
 * that a table reader must not pick up.
 */
import type { RenderContext } from './createRenderContext';

function self(ctx: RenderContext): string {
  const name = ctx.values.agency.name;
  if (name.endsWith('办公室')) return '我办';
  if (name.endsWith('厅')) return '我厅';
  return ctx.rng.pick(['我局', '本机关', name]);
}

export function renderIntro(ctx: RenderContext): string[] {
  const y = ctx.values.year;
  if (!ctx.rng.chance(0.5)) return [];
  return [
    `根据《中华人民共和国政府信息公开条例》（以下简称《条例》），特向社会公布 ${y} 年度本单位政府信息公开工作年度报告。本报告中所列数据的统计期限自 ${y} 年 1 月 1 日起至 ${y} 年 12 月 31 日止。`,
  ];
}

export function renderOverview(ctx: RenderContext): string[] {
  const { rng, values } = ctx;
  const y = values.year;
  const received = values.applications.newReceived.total;
  const paragraphs = [
    `${y} 年，${self(ctx)}认真贯彻落实《中华人民共和国政府信息公开条例》，坚持“以公开为常态、不公开为例外”，及时准确发布社会关注的政府信息，不断提高公开质量和实效。`,
    `全年在门户网站发布信息 ${rng.int(20, 900)} 条，微信公众号发布 ${rng.int(10, 3000)} 条，政务微博发布 ${rng.int(0, 2500)} 条。`,
  ];
  if (received !== null && rng.chance(0.7))
    paragraphs.push(
      received === 0
        ? `${y} 年，${self(ctx)}未收到政府信息公开申请。`
        : `${y} 年共收到政府信息公开申请 ${received} 件，均在法定期限内予以答复。`,
    );
  paragraphs.push('（一）政府信息管理', `${self(ctx)}建立健全政府信息公开保密审查制度，严格落实“先审查、后公开”和“一事一审”原则。`);
  return paragraphs;
}

export function renderProblems(ctx: RenderContext): string[] {
  return [
    '（一）存在问题',
    '一是部分单位对政务公开工作重视不够，公开信息报送不够及时；二是政策解读形式较为单一。',
    '（二）改进措施',
    `一是加强培训学习，提高工作人员业务水平；二是健全长效工作机制，确保政府信息公开工作持续开展。${ctx.values.year + 1} 年将进一步丰富公开内容。`,
  ];
}

export function renderOther(ctx: RenderContext): string[] {
  return ctx.rng.chance(0.5) ? [`${ctx.values.year} 年，${self(ctx)}未收取信息处理费。`] : ['无。'];
}
