/**
 * Dev tool: how the parser holds up when a report reaches us in another shape than the corpus has.
 * `tsx scripts/dev/perturbTruth.ts [DIR TRUTH_DIR]...` (default: the seeds, crawled and excerpts of
 * ../shared/corpus) parses every file as is and after each transform (CRLF, a BOM, GBK, full-width
 * digits, traditional characters, no-break or ideographic spaces, an HTML page of one <p> per line,
 * the crawler's header block removed) and prints, per transform, the truth values (tables, metadata,
 * prose figures; a channel figure counts as found only with its channel, metric, value and approximation)
 * right / wrong / missing. Wrong values are listed: a transform must never
 * make one. `PERTURB_MISSING=<transform name>` lists that transform's missing values too.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { Converter } from 'opencc-js/cn2t';
import { parseReport } from '../../src/lib/report/parseReport';
import { getPath } from '../../src/lib/report/schema';

const toTrad = Converter({ from: 'cn', to: 'tw' });
const enc = (s: string) => new TextEncoder().encode(s);
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const htmlPage = (body: string) => `<!doctype html><html><head><meta charset="utf-8"><title>年报</title></head><body>${body}</body></html>`;
/** Runs of tab-separated lines as HTML tables, one cell per tab field; other lines as <p>. */
function tabsToHtmlTables(t: string): string {
  const out: string[] = [];
  let rows: string[] = [];
  const flush = () => {
    if (rows.length) out.push(`<table>${rows.join('')}</table>`);
    rows = [];
  };
  for (const l of t.split('\n')) {
    if (l.includes('\t')) rows.push(`<tr>${l.split('\t').map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`);
    else {
      flush();
      out.push(`<p>${escapeHtml(l)}</p>`);
    }
  }
  flush();
  return out.join('\n');
}
const TRANSFORMS: [string, (text: string) => { bytes: Uint8Array; file: string }][] = [
  ['as is', (t) => ({ bytes: enc(t), file: 'r.txt' })],
  ['crlf', (t) => ({ bytes: enc(t.replace(/\n/g, '\r\n')), file: 'r.txt' })],
  ['bom', (t) => ({ bytes: enc(`\ufeff${t}`), file: 'r.txt' })],
  ['gbk', (t) => ({ bytes: iconv.encode(t, 'gbk'), file: 'r.txt' })],
  ['full-width digits', (t) => ({ bytes: enc(t.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))), file: 'r.txt' })],
  ['traditional', (t) => ({ bytes: enc(toTrad(t)), file: 'r.txt' })],
  ['nbsp for spaces', (t) => ({ bytes: enc(t.replace(/ /g, '\u00a0')), file: 'r.txt' })],
  ['ideographic spaces', (t) => ({ bytes: enc(t.replace(/ /g, '\u3000')), file: 'r.txt' })],
  ['html <p> per line', (t) => ({ bytes: enc(htmlPage(t.split('\n').map((l) => `<p>${escapeHtml(l)}</p>`).join('\n'))), file: 'r.html' })],
  // Table layouts other than the seeds' tabs (only files with tab-separated cells change):
  ['cells 2+ spaces', (t) => ({ bytes: enc(t.replace(/\t/g, '   ')), file: 'r.txt' })],
  ['cells 1 space', (t) => ({ bytes: enc(t.replace(/\t+/g, ' ')), file: 'r.txt' })],
  ['cell per line', (t) => ({ bytes: enc(t.replace(/\t/g, '\n')), file: 'r.txt' })],
  ['markdown pipes', (t) => ({ bytes: enc(t.split('\n').map((l) => (l.includes('\t') ? `| ${l.split('\t').join(' | ')} |` : l)).join('\n')), file: 'r.md' })],
  ['html table', (t) => ({ bytes: enc(htmlPage(tabsToHtmlTables(t))), file: 'r.html' })],
  ['no crawler header', (t) => ({ bytes: enc(t.replace(/^(?:(?:标题|发布时间|原文链接|来源|索引号|发布机构|字号|信息来源)[:：].*\n)+/m, '')), file: 'r.txt' })],
];

const dirs = process.argv.slice(2);
const pairs: [string, string][] = [];
for (let i = 0; i < dirs.length; i += 2) pairs.push([dirs[i], dirs[i + 1]]);
if (!pairs.length) for (const d of ['seeds', 'crawled', 'excerpts']) pairs.push([`../shared/corpus/${d}`, `../shared/corpus/${d}-truth`]);

const totals = new Map<string, { right: number; wrong: number; missing: number }>();
const wrongs: string[] = [];
for (const [dir, truthDir] of pairs) {
  for (const f of readdirSync(dir).sort()) {
    const tf = `${truthDir}/${f.replace(/\.[^.]+$/, '.json')}`;
    if (!existsSync(tf)) continue;
    const truth = JSON.parse(readFileSync(tf, 'utf8')) as Record<string, unknown>;
    const text = new TextDecoder().decode(readFileSync(`${dir}/${f}`));
    for (const [name, make] of TRANSFORMS) {
      const { bytes, file } = make(text);
      const out = await parseReport(bytes, { file: f.replace(/\.[^.]+$/, file.slice(1)) });
      const t = totals.get(name) ?? totals.set(name, { right: 0, wrong: 0, missing: 0 }).get(name)!;
      for (const [path, want] of Object.entries(truth)) {
        if (path.startsWith('_')) continue;
        if (path === 'channels') {
          // Each truth channel figure counts as one value: found (same channel, metric, value, approximate), or not.
          const key = (c: { channel: string; metric: string; value: number; approximate: boolean }) => `${c.channel}|${c.metric}|${c.value}|${c.approximate}`;
          const got = new Set(out.ok ? out.report.channels.map(key) : []);
          for (const c of want as Parameters<typeof key>[0][]) {
            if (got.has(key(c))) t.right++;
            else t.missing++;
          }
          continue;
        }
        const got = out.ok ? getPath(out.report, path) : undefined;
        if (got === want) t.right++;
        else if (got === null || got === undefined) {
          t.missing++;
          if (name === 'as is' || process.env.PERTURB_MISSING === name) wrongs.push(`${name} (missing): ${f} ${path} want ${JSON.stringify(want)}`);
        }
        else {
          t.wrong++;
          wrongs.push(`${name}: ${f} ${path} got ${JSON.stringify(got)} want ${JSON.stringify(want)}`);
        }
      }
    }
  }
}
for (const [name, t] of totals) console.log(`${name.padEnd(20)} right ${String(t.right).padStart(5)}  wrong ${String(t.wrong).padStart(4)}  missing ${String(t.missing).padStart(4)}`);
if (wrongs.length) console.log(`\nwrong values, and what the files as they are miss (first 60 of ${wrongs.length}):\n${wrongs.slice(0, 60).join('\n')}`);
