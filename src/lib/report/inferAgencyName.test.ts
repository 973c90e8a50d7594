import { describe, expect, it } from 'vitest';
import { inferAgencyName } from './inferAgencyName';
import { parseReportText } from './parseReport';
import { parseTitle } from './parseTitle';
import { createTextDocument } from './textDocument';

function names(text: string) {
  const doc = createTextDocument(text);
  const title = parseTitle(doc);
  return { title, names: inferAgencyName(doc, title.agency) };
}

describe('agency name: the title, completed from the body when the title shortens it', () => {
  const cases: [string, string, string, string[]][] = [
    ['a complete title name is kept', '宝鸡市公安局 2020 年政府信息公开工作年报\n\n一、总体情况\n我局按照宝鸡市公安局要求……', '宝鸡市公安局', []],
    ['a bare 公安局 is completed from the body', '# 公安局 2021 年政府信息公开工作年度报告\n\n## 一、总体情况\n2021 年，示范区公安局依法发布信息。济源示范区公安局第二批惠民生。示范区公安局及时公开。', '济源示范区公安局', ['示范区公安局']],
    ['a short branch name takes the full name the body gives', '经开区公安分局 2021 年政府信息公开\n工作年度报告\n\n一、总体情况\n2021年，经开区公安分局按照部署。“淄博市公安局经开区分局”政府网站主动公开。', '淄博市公安局经开区分局', ['经开区公安分局']],
    ['a title on two lines', '沂源县公安局\n\n2023 年政府信息公开工作年度报告\n\n一、总体情况\n县公安局主动公开。如有疑问，请与沂源县公安局联系。', '沂源县公安局', []],
    ['the agency\'s own document title names an alias', '# 公安局 2021 年政府信息公开工作年度报告\n\n一、总体情况\n济源示范区公安局依法公开。制定《济源市公安局政务公开工作方案》。', '济源示范区公安局', ['济源市公安局']],
    ['another agency\'s document title is not an alias', '宝鸡市公安局 2020 年政府信息公开工作年报\n\n一、总体情况\n依据《宝鸡市政府信息公开规定》《陕西省公安厅工作办法》开展。', '宝鸡市公安局', []],
    ['a development zone\'s full name in the body (nine characters between 公安局 and 分局) is an alias', '淄博市公安局高新区分局2024年政府信息公开工作年度报告\n一、总体情况\n如有疑问，请与淄博市公安局高新技术产业开发区分局(以下简称高新区公安分局)联系。', '淄博市公安局高新区分局', ['淄博市公安局高新技术产业开发区分局']],
    ['site furniture before the title is not a name', '用微信扫描二维码\n分享至好友和朋友圈\n本报告结合2021年池州市公安局政府信息公开工作编制而成。请与池州市公安局办公室联系。\n一、总体情况', '池州市公安局', []],
    ['no title line: the sentence that names the report', '根据《条例》规定，现向社会公布2024年深圳市公安局龙华分局政府信息公开工作年度报告。请联系深圳市公安局龙华分局政务公开办公室。', '深圳市公安局龙华分局', []],
    ['no title at all: the body names the agency, the words before it cut at the place name', '本报告的电子版可从阜阳市公安局网站下载。2024年我局主动公开政府信息635条。', '阜阳市公安局', []],
    ['由…编制 names the agency', '上海市公安局青浦分局\n2022年1月17日\n引言\n本年度报告由上海市公安局青浦分局编制。', '上海市公安局青浦分局', []],
    ['a traditional report keeps its name as written, the simplified one as alias', '本報告是根據《條例》要求，由廣州市公安局編制的2011年度政府信息公開年度報告。廣州市公安局堅持公開。', '廣州市公安局', ['广州市公安局']],
    ['a county-level title takes the parent place the body writes', '洪泽区人民政府\n2023年政府信息公开工作年度报告\n本报告由淮安市洪泽区人民政府办公室根据《条例》要求编制。2023年，洪泽区人民政府坚持公开。', '淮安市洪泽区人民政府', ['洪泽区人民政府']],
    ['words before a title name that are no place are not added', '洪泽区人民政府\n2023年政府信息公开工作年度报告\n一、总体情况\n全面推进洪泽区人民政府公开。', '洪泽区人民政府', []],
    ['words glued before a name in run-together text do not replace the title\'s name', '经开区公安分局 2020 年政府信息公开工作年度报告一、总体情况（一）政府信息管理经开区公安分局建立健全保密审查制度。政府信息管理经开区公安分局严格落实。', '经开区公安分局', []],
    ['a non-police agency', '2022年度徐州市自然资源和规划局政府信息公开工作年度报告\n\n一、总体情况\n徐州市自然资源和规划局坚持公开。', '徐州市自然资源和规划局', []],
  ];
  for (const [contract, text, name, aliases] of cases)
    it(contract, () => {
      const { names: got } = names(text);
      expect(got?.name).toBe(name);
      expect(got?.aliases).toEqual(aliases);
    });

  it('year comes from the title, before or after the agency', () => {
    expect(names('2022年度徐州市自然资源和规划局政府信息公开工作年度报告\n').title.year).toBe(2022);
    expect(names('宝鸡市公安局 2020 年政府信息公开工作年报\n').title.year).toBe(2020);
  });
});

describe('agency name: only an agency name, from the title, signature, compiler sentence or page metadata', () => {
  const name = (text: string) => parseReportText(text, { file: 'r.txt' });
  const cases: [string, string, string][] = [
    ['a title naming only a place names its government, as written', '平潭综合实验区2021年度政府信息公开工作年度报告\n一、总体情况\n实验区党工委、管委会高度重视。平潭综合实验区北厝金井湾片区管委配合。平潭综合实验区管委牵头。', '平潭综合实验区'],
    ['a county government titled by its place', '沂源县2022年政府信息公开工作年度报告\n一、总体情况\n沂源县人民政府办公室牵头。', '沂源县'],
    ['the signature completes a title that names no place', '公安局2021年政府信息公开工作年度报告\n一、总体情况\n我局公开信息。\n\n巴楚县公安局\n2022年1月10日', '巴楚县公安局'],
    ["a crawled page's 发布机构 completes the title", '标题: 公安局2020年政府信息公开工作年度报告\n发布机构: 平潭综合实验区公安局\n==================== 正文 ====================\n公安局2020年政府信息公开工作年度报告', '平潭综合实验区公安局'],
    ['the office that guided the report is not its agency', '一、总体情况\n2023年度，我局在荔湾区委、区政府和市公安局的正确领导下，在荔湾区政务公开工作办公室的指导下开展工作。', ''],
    ['a sentence opening is not a name', '一、总体情况\n2025年，我局深入贯彻落实条例。推进下一步规范做好局面。借助政府网站平台公开。', ''],
    ['a report saying 我局 is not named after a 政府 it mentions', '一、总体情况\n我局依托广东省政府网站集约化平台发布信息。', ''],
    ['with no title, a phrase met once is no name (加大政府网站 → 加大政府)', '一、总体情况\n2024年，实验区坚持依法公开。加大政府网站与政务新媒体信息发布日常监测力度。', ''],
    ['with no title, 管委会 is not cut to 管委', '一、总体情况\n平潭综合实验区管委会坚持公开。请与平潭综合实验区管委会办公室联系。', '平潭综合实验区管委会'],
    ['with no title, a name without a place the body uses again is taken', '一、总体情况\n2025年，区公安分局坚持依法公开。区公安分局主动公开信息。', '区公安分局'],
    ['with no title the body names it, for a 局 a 局', '一、总体情况\n2023年，巴楚县公安局严格按照县政府要求。巴楚县公安局主动公开。我局做好工作。', '巴楚县公安局'],
  ];
  for (const [contract, text, want] of cases) it(contract, () => expect(name(text).agency.name).toBe(want));

  it('a name from the prose alone, or a title without a place, comes with a warning', () => {
    expect(name(cases.find(([c]) => c.startsWith('with no title the body names it'))![1]).warnings).toContain('机关名称取自正文，标题和落款未给出：巴楚县公安局');
    expect(name('区公安分局2025年政府信息公开工作年度报告\n一、总体情况\n区公安分局公开信息。').warnings).toContain('机关名称仅取自标题，未含地名：区公安分局');
    expect(name(cases[0][1]).warnings.filter((w) => w.startsWith('机关名称'))).toEqual([]);
  });

  it('the same body across years gets the same name', () => {
    const years = [2019, 2022, 2025].map((y) => name(`平潭综合实验区${y}年度政府信息公开工作年度报告\n一、总体情况\n平潭综合实验区${y % 2 ? '党工委' : '管委'}牵头。`).agency.name);
    expect(new Set(years)).toEqual(new Set(['平潭综合实验区']));
  });
});
