import { describe, expect, it } from 'vitest';
import { loadGazetteer } from './gazetteer';
import { inferRegion } from './inferRegion';

const gazetteer = await loadGazetteer();

const g = gazetteer;

describe('region from the agency name (GB/T 2260 gazetteer)', () => {
  it.each([
    ['宝鸡市公安局', '陕西省', '宝鸡市', null],
    ['沂源县公安局', '山东省', '淄博市', '沂源县'],
    ['聊城市公安局茌平分局', '山东省', '聊城市', '茌平区'],
    ['淄博市公安局经开区分局', '山东省', '淄博市', null],
    ['济源示范区公安局', '河南省', '济源市', null],
    ['山东省公安厅', '山东省', null, null],
    ['陕西省宝鸡市公安局', '陕西省', '宝鸡市', null],
    ['吉林市公安局', '吉林省', '吉林市', null],
    ['通化县公安局', '吉林省', '通化市', '通化县'],
    ['北京市公安局朝阳分局', '北京市', '北京市', '朝阳区'],
    ['上海市浦东新区公安局', '上海市', '上海市', '浦东新区'],
  ])('%s → %s %s %s', (name, province, city, county) => {
    expect(inferRegion(name, g)).toEqual({ province, city, county });
  });

  it.each([
    ['朝阳区公安分局', 'a district name in two cities'],
    ['经开区公安分局', 'no place at all'],
    ['示范区公安局', 'no place at all'],
  ])('%s stays unknown (%s)', (name) => {
    expect(inferRegion(name, g)).toEqual({ province: null, city: null, county: null });
  });
});
