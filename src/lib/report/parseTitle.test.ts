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
  it('a title a crawler joined to the page around it is read: at the line\'s start, or set off by spaces', () => {
    const body = '根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求，区管委会办公室编制完成了本报告。本报告包括总体情况等六个部分。';
    expect(title(`平潭综合实验区2019年政府信息公开工作年度报告 ${body}`)).toMatchObject({ agency: '平潭综合实验区', year: 2019 });
    expect(title(`当前位置： 首页政务公开政府信息公开年报 平潭综合实验区2021年度政府信息公开工作年度报告 来源：平潭县人民政府 时间：2022-02-08 ${body}`)).toMatchObject({ agency: '平潭综合实验区', year: 2021 });
    // Words before the place in a sentence still name no agency.
    expect(title(`现将平潭综合实验区2019年政府信息公开工作年度报告公布如下。${body}`).agency).toBeNull();
  });
});
