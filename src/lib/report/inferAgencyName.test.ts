import { describe, expect, it } from 'vitest';
import { inferAgencyName } from './inferAgencyName';
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
    ['site furniture before the title is not a name', '用微信扫描二维码\n分享至好友和朋友圈\n本报告结合2021年池州市公安局政府信息公开工作编制而成。请与池州市公安局办公室联系。\n一、总体情况', '池州市公安局', []],
    ['no title line: the sentence that names the report', '根据《条例》规定，现向社会公布2024年深圳市公安局龙华分局政府信息公开工作年度报告。请联系深圳市公安局龙华分局政务公开办公室。', '深圳市公安局龙华分局', []],
    ['no title at all: the body names the agency, the words before it cut at the place name', '本报告的电子版可从阜阳市公安局网站下载。2024年我局主动公开政府信息635条。', '阜阳市公安局', []],
    ['由…编制 names the agency', '上海市公安局青浦分局\n2022年1月17日\n引言\n本年度报告由上海市公安局青浦分局编制。', '上海市公安局青浦分局', []],
    ['a traditional report keeps its name as written, the simplified one as alias', '本報告是根據《條例》要求，由廣州市公安局編制的2011年度政府信息公開年度報告。廣州市公安局堅持公開。', '廣州市公安局', ['广州市公安局']],
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
