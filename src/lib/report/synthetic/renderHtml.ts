/**
 * Synthetic report values → the report as a government CMS publishes it: a
 * page with header, navigation, breadcrumbs, a sidebar of other reports,
 * scripts, styles, a share widget, print links and a footer around the content
 * div; prose in `<p>` with nested spans, `&nbsp;` indents and source line
 * breaks; tables 2–4 in `<table>` markup merged as the national template
 * merges them (createHtmlTable2/3/4), sometimes split in two `<table>`s; or
 * pictures where the tables should be. UTF-8 or GBK bytes, with or without a
 * charset meta. Deterministic: the same values and options give the same page.
 */
import { toTraditional } from './toTraditional';
import { createHtmlTable2 } from './createHtmlTable2';
import { createHtmlTable3 } from './createHtmlTable3';
import { createHtmlTable4 } from './createHtmlTable4';
import { createRenderContext, type RenderContext } from './createRenderContext';
import type { Rng } from './createRng';
import { encodeGbk } from './encodeGbk';
import { renderIntro, renderOther, renderOverview, renderProblems } from './renderProse';
import { SYNTHETIC_MARKER } from './renderReport';
import type { HtmlRenderOptions, HtmlTable, RenderedHtml } from './types';
import { writeHtmlTable } from './writeHtmlTable';


const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function fullWidth(text: string): string {
  return text.replace(/(?<=\d)\.(?=\d)/g, '．').replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

const CJK = /[\u4e00-\u9fff]/;

/** A paragraph's text as CMS editors leave it: split over spans, sometimes a source line break mid-word. */
function paragraph(text: string, rng: Rng, t: (s: string) => string): string {
  const chars = [...text];
  const pieces: string[] = [];
  let from = 0;
  for (let n = rng.int(0, 2); n > 0; n--) {
    const at = rng.int(from + 1, Math.max(from + 1, chars.length - 1));
    if (at >= chars.length) break;
    pieces.push(chars.slice(from, at).join(''));
    from = at;
  }
  pieces.push(chars.slice(from).join(''));
  let body = pieces
    .map((p) => (pieces.length > 1 || rng.chance(0.5) ? `<span style="font-family:仿宋_GB2312;font-size:16pt">${t(p)}</span>` : t(p)))
    .join('');
  if (rng.chance(0.3)) {
    // A source line break between two Chinese characters, as editors wrap long lines.
    const m = /([\u4e00-\u9fff])([\u4e00-\u9fff])/.exec(body.slice(body.length >> 1));
    if (m) {
      const at = (body.length >> 1) + m.index + 1;
      body = `${body.slice(0, at)}\n${body.slice(at)}`;
    }
  }
  const indent = rng.pick(['', '&nbsp;&nbsp;&nbsp;&nbsp;', '\u3000\u3000', '&emsp;&emsp;']);
  return `<p style="text-indent:2em;line-height:1.75">${indent}${body}</p>`;
}

function heading(text: string, rng: Rng, t: (s: string) => string): string {
  return rng.pick([
    `<p><strong>${t(text)}</strong></p>`,
    `<h3>${t(text)}</h3>`,
    `<p style="text-indent:2em"><span style="font-family:黑体">${t(text)}</span></p>`,
  ]);
}

function titleText(ctx: RenderContext): string {
  const { agency, year } = ctx.values;
  const sp = ctx.rng.chance(0.3) ? ' ' : '';
  return `${agency.name}${sp}${year}${sp}${ctx.rng.pick(['年', '年度'])}政府信息公开工作年度报告`;
}

function signature(ctx: RenderContext, t: (s: string) => string): string {
  const { agency, publishedOn } = ctx.values;
  const lines = ctx.rng.chance(0.8) || publishedOn === null ? [t(agency.name)] : [];
  if (publishedOn !== null) {
    const [y, m, d] = publishedOn.split('-');
    const pad = ctx.rng.chance(0.2);
    const num = (s: string): string => (pad ? s : String(Number(s)));
    lines.push(t(`${y}年${num(m)}月${num(d)}日`));
  }
  return ctx.rng.chance(0.5)
    ? `<p style="text-align:right">${lines.join('<br>')}</p>`
    : lines.map((l) => `<p style="text-align:right">${l}</p>`).join('\n');
}

function tableOrImage(table: HtmlTable, key: string, ctx: RenderContext, images: boolean, split: boolean, t: (s: string) => string, done: string[]): string {
  if (images) {
    const n = key === 'table3' && ctx.rng.chance(0.5) ? 2 : 1;
    return Array.from(
      { length: n },
      (_, i) =>
        `<p style="text-align:center"><img src="/uploads/${ctx.values.year + 1}/01/${ctx.values.seed}_${key}_${i}.png" width="${ctx.rng.int(500, 700)}" height="${ctx.rng.int(300, 900)}" alt="" /></p>`,
    ).join('\n');
  }
  const out = writeHtmlTable(table, ctx.rng, { text: t }, split && ctx.rng.chance(0.5));
  if (out.split) done.push(key);
  return out.html;
}

function content(ctx: RenderContext, opts: { images: boolean; split: boolean; titleInside: boolean }, split: string[]): string {
  const { rng } = ctx;
  const digits = ctx.opts.fullWidthDigits ? fullWidth : (s: string) => s;
  const t = (s: string): string => escapeHtml(digits(s));
  const out: string[] = [];
  const title = titleText(ctx);
  if (opts.titleInside) {
    const two = rng.chance(0.3);
    const text = two ? t(title).replace(/(局|厅|室|府)(?=\s?\d)/, '$1<br>') : t(title);
    out.push(`<p style="text-align:center"><strong><span style="font-size:22pt">${text}</span></strong></p>`);
  }
  out.push(`<p style="text-align:center">${t(SYNTHETIC_MARKER)}</p>`);
  const para = (p: string) => paragraph(p, rng, t);
  out.push(...renderIntro(ctx).map(para));
  const sections: [string, () => string[]][] = [
    ['总体情况', () => renderOverview(ctx).map((p) => (/^（[一二三四五六七]）/.test(p) ? heading(p, rng, t) : para(p)))],
    ['主动公开政府信息情况', () => [tableOrImage(createHtmlTable2(ctx), 'table2', ctx, opts.images, opts.split, t, split)]],
    ['收到和处理政府信息公开申请情况', () => [tableOrImage(createHtmlTable3(ctx), 'table3', ctx, opts.images, opts.split, t, split)]],
    ['政府信息公开行政复议、行政诉讼情况', () => [tableOrImage(createHtmlTable4(ctx), 'table4', ctx, opts.images, opts.split, t, split)]],
    ['存在的主要问题及改进情况', () => renderProblems(ctx).map((p) => (/^（[一二]）/.test(p) ? heading(p, rng, t) : para(p)))],
    ['其他需要报告的事项', () => renderOther(ctx).map(para)],
  ];
  sections.forEach(([name, body], i) => out.push(heading(`${'一二三四五六'[i]}、${name}`, rng, t), ...body()));
  out.push(signature(ctx, t));
  return out.join('\n');
}

function page(ctx: RenderContext, body: string, meta: string, titleOutside: boolean, layoutTables: boolean): string {
  const { agency, year } = ctx.values;
  const title = titleText(ctx);
  const site = `${agency.name.replace(/(公安局|分局|公安分局|办公室|自然资源局|交通运输局|公安厅)$/, '')}人民政府`;
  const scripts = `<script type="text/javascript">var _hmt = _hmt || []; var pageInfo = { year: ${year}, views: 1234, title: "${agency.name}${year}年 0 0 0" };</script>
<script src="/js/jquery.min.js"></script>`;
  const style = `<style type="text/css">.content p { line-height: 2em; } td { border: 1px solid #000; } /* 2019 0 0 0 */</style>`;
  const header = `<div class="header"><div class="logo"><img src="/images/logo.png" width="400" height="80" alt="${site}"></div>
<div class="top-search"><form action="/search"><input type="text" name="q" value="请输入关键字"><button>搜索</button></form></div></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/bsfw/">办事服务</a></li></ul></div>`;
  const crumb = `<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/ndbg/">政府信息公开年报</a></div>`;
  const sidebar = `<div class="left-list"><h3>政府信息公开年报</h3><ul>${[1, 2, 3]
    .map((d) => `<li><a href="/zwgk/ndbg/${year - d}.html">${agency.name}${year - d}年政府信息公开工作年度报告</a><span>${year - d + 1}-01-2${d}</span></li>`)
    .join('')}</ul></div>`;
  const info = `<div class="info">发布时间：${year + 1}-01-28 09:30 &nbsp; 来源：${agency.name} &nbsp; 浏览次数：<span id="views">1234</span> &nbsp; 字号：[<a>大</a> <a>中</a> <a>小</a>]</div>`;
  const share = `<div class="bdsharebuttonbox"><span>分享到：</span><a class="bds_weixin" title="分享到微信"></a><a class="bds_tsina" title="分享到新浪微博"></a></div>
<div class="print">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
<div class="related"><h4>相关链接</h4><ul><li><a href="/a.html">${year}年 12 月政务公开工作要点</a></li></ul></div>`;
  const footer = `<div class="footer"><p>主办单位：${site}办公室 &nbsp; 地址：人民路 1 号 &nbsp; 联系电话：0391-6633333</p>
<p>网站标识码：4108000001 &nbsp; 豫ICP备12345678号 &nbsp; 版权所有 © ${year + 1} ${site}</p></div>
<div style="display:none">${year}年 0 0 0 ${agency.name}</div>
<script>document.write('<span>${year + 1}年1月1日</span>');</script>`;
  const h1 = titleOutside ? `<h1 class="article-title">${escapeHtml(title)}</h1>` : '';
  const doc = layoutTables
    ? `<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td class="top">${header}</td></tr></table>
<table width="1000" border="0" align="center"><tr><td width="220" valign="top">${sidebar}</td>
<td valign="top"><table width="100%"><tr><td>${crumb}</td></tr><tr><td class="title" align="center">${titleOutside ? escapeHtml(title) : ''}</td></tr><tr><td>${info}</td></tr>
<tr><td class="content" id="zoom">
${body}
</td></tr><tr><td>${share}</td></tr></table></td></tr></table>
<table width="1000" align="center"><tr><td class="bottom">${footer}</td></tr></table>`
    : `${header}
<div class="main">${crumb}${sidebar}
<div class="article">${h1}${info}
<div class="content" id="zoom"><div class="TRS_Editor">
${body}
</div></div>
${share}</div></div>
${footer}`;
  return `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
${meta}<title>${escapeHtml(title)}_${site}</title>
<link rel="stylesheet" href="/css/style.css">
${style}
${scripts}
</head>
<body>
${doc}
<script>var _bdhmProtocol = (("https:" == document.location.protocol) ? " https://" : " http://");</script>
</body>
</html>
`;
}

export function renderHtml(values: Parameters<typeof createRenderContext>[0], opts: HtmlRenderOptions = {}): RenderedHtml {
  const ctx = createRenderContext(values, { cells: 'html', push: 'none' }, opts);
  const choice = ctx.rng.fork('page');
  const encoding = opts.encoding ?? (choice.chance(0.3) ? 'gbk' : 'utf-8');
  const charsetMeta = opts.charsetMeta ?? choice.chance(encoding === 'gbk' ? 0.7 : 0.85);
  const layoutTables = opts.layoutTables ?? choice.chance(0.25);
  const tablesAsImages = opts.tablesAsImages ?? false;
  const titleOutside = choice.chance(0.5);
  const titleInside = !titleOutside || choice.chance(0.3);
  const split: string[] = [];
  const body = content(ctx, { images: tablesAsImages, split: opts.splitTables ?? choice.chance(0.5), titleInside }, split);
  const label = encoding === 'gbk' ? choice.pick(['gb2312', 'GBK', 'gb18030']) : choice.pick(['utf-8', 'UTF-8']);
  const meta = charsetMeta
    ? choice.chance(0.5)
      ? `<meta charset="${label}">\n`
      : `<meta http-equiv="Content-Type" content="text/html; charset=${label}" />\n`
    : '';
  let html = page(ctx, body, meta, titleOutside, layoutTables);
  if (opts.traditional) html = toTraditional(html);
  const bytes = encoding === 'gbk' ? encodeGbk(html) : new TextEncoder().encode(html);
  return { html, bytes, encoding, charsetMeta, split, tablesAsImages, layoutTables, titleOutside: titleOutside && !titleInside };
}
