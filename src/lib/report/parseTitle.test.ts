import { describe, expect, it } from 'vitest';
import { parseTitle } from './parseTitle';
import { createTextDocument } from './textDocument';

const title = (text: string) => parseTitle(createTextDocument(text));

describe('parseTitle', () => {
  it('a government titled by its place alone is the agency (平潭综合实验区), also after a crawler’s 标题: header', () => {
    expect(title('标题: 平潭综合实验区2019年度政府信息公开工作年度报告\n发布时间: 2020-01-20')).toMatchObject({ agency: '平潭综合实验区', year: 2019 });
    expect(title('宝鸡市2021年政府信息公开工作年度报告')).toMatchObject({ agency: '宝鸡市', year: 2021 });
  });
  it('a place in a sentence is not a title: it names no agency', () => {
    expect(title('现将本机关在平潭综合实验区2019年度政府信息公开工作情况报告如下，全文共计五百余字，详见下文各部分内容所述').agency).toBeNull();
  });
  it('an agency title still reads as before', () => {
    expect(title('济源示范区公安局2021年政府信息公开工作年度报告')).toMatchObject({ agency: '济源示范区公安局', year: 2021 });
  });
  it('a web page title printed above the report (…_人民政府门户网站) is not joined to the title as part of the name', () => {
    expect(title('政府信息公开年报_人民政府门户网站\n\n公安局 2021 年政府信息公开工作年度报告')).toMatchObject({ agency: '公安局', year: 2021 });
  });
});
