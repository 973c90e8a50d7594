/** Word tables reach the text form on their full grid: merges expanded, blank cells blank, never shifted. */
import { describe, expect, it } from 'vitest';
import { makeDocx, p, tbl, tc, tr } from '../../../../test/factories/makeDocx';
import { htmlToText } from '../html/htmlToText';
import { docxToHtml } from './docxToHtml';
import { fillGridBefore } from './fillGridBefore';

async function rowsOf(body: string): Promise<string[][]> {
  const out = await docxToHtml(makeDocx(body));
  if (!out.ok) throw new Error(out.error);
  return htmlToText(out.html)
    .text.split('\n')
    .filter((l) => l.includes('\t'))
    .map((l) => l.split('\t'));
}

const vRestart = '<w:vMerge w:val="restart"/>';
const vContinue = '<w:vMerge/>';

describe('docxToHtml: Word tables on their grid', () => {
  it('gridSpan spans columns: text in the first grid cell, the covered ones empty', async () => {
    expect(await rowsOf(tbl([tr([tc('信息内容'), tc('本年处理决定数量', '<w:gridSpan w:val="3"/>')]), tr([tc('行政许可'), tc('1370'), tc(''), tc('')])]))).toEqual([
      ['信息内容', '本年处理决定数量', '', ''],
      ['行政许可', '1370', '', ''],
    ]);
  });

  it('vMerge restart/continue spans rows; the rows below keep their cells in their columns', async () => {
    const rows = await rowsOf(
      tbl([
        tr([tc('三、本年度办理结果', vRestart), tc('（一）予以公开'), tc('7'), tc('0')]),
        tr([tc('', vContinue), tc('（二）部分公开'), tc('1'), tc('2')]),
        tr([tc('', '<w:vMerge w:val="continue"/>'), tc('（三）不予公开'), tc(''), tc('3')]),
      ]),
    );
    expect(rows).toEqual([
      ['三、本年度办理结果', '（一）予以公开', '7', '0'],
      ['', '（二）部分公开', '1', '2'],
      ['', '（三）不予公开', '', '3'],
    ]);
  });

  it('a blank cell stays blank (empty field), not dropped and not shifted', async () => {
    expect(await rowsOf(tbl([tr([tc('a'), tc('b'), tc('c')]), tr([tc('行政处罚'), tc(''), tc('9')])]))).toEqual([
      ['a', 'b', 'c'],
      ['行政处罚', '', '9'],
    ]);
  });

  it('a row starting past the first grid column (gridBefore) keeps its cells under their headers', async () => {
    const rows = await rowsOf(
      tbl([
        tr([tc('申请人'), tc('自然人'), tc('法人'), tc('总计')]),
        tr([tc('5'), tc('1'), tc('6')], '<w:gridBefore w:val="1"/>'),
        tr([tc('9')], '<w:gridBefore w:val="3"/><w:wBefore w:w="3000" w:type="dxa"/>'),
      ]),
    );
    expect(rows).toEqual([
      ['申请人', '自然人', '法人', '总计'],
      ['', '5', '1', '6'],
      ['', '', '', '9'],
    ]);
  });

  it('a label merged from header rows (tblHeader) down into the body does not shift the body', async () => {
    const rows = await rowsOf(
      tbl([
        tr([tc('项目', vRestart + '<w:gridSpan w:val="2"/>'), tc('申请人情况', '<w:gridSpan w:val="2"/>')], '<w:tblHeader/>'),
        tr([tc('', vContinue + '<w:gridSpan w:val="2"/>'), tc('自然人'), tc('总计')]),
        tr([tc('一、本年新收'), tc(''), tc('10'), tc('10')]),
      ]),
    );
    expect(rows).toEqual([
      ['项目', '', '申请人情况', ''],
      ['', '', '自然人', '总计'],
      ['一、本年新收', '', '10', '10'],
    ]);
  });

  it('paragraphs become <p>, one per Word paragraph', async () => {
    const out = await docxToHtml(makeDocx(p('正文') + p('第二段')));
    expect(out.ok && out.html).toBe('<p>正文</p><p>第二段</p>');
  });
});

describe('fillGridBefore', () => {
  it('leaves a document without gridBefore as it is', () => {
    const xml = '<w:tr><w:trPr><w:tblHeader/></w:trPr><w:tc/></w:tr>';
    expect(fillGridBefore(xml)).toBe(xml);
  });

  it('puts one empty cell spanning the skipped grid columns after the row properties', () => {
    expect(fillGridBefore('<w:tr><w:trPr><w:gridBefore w:val="2"/></w:trPr><w:tc/></w:tr>')).toBe(
      '<w:tr><w:trPr><w:gridBefore w:val="2"/></w:trPr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p/></w:tc><w:tc/></w:tr>',
    );
  });
});
