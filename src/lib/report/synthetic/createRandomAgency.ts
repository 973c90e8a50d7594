/**
 * A realistic agency name: police bureaus in their several forms (市局, 县局,
 * 市局的分局, 区分局, 省厅) and, since the parser is general, other agencies
 * (自然资源局, 交通运输局, 县政府办公室). Names are real place names put
 * together at random; they are not claims about any real agency.
 */
import type { Rng } from './createRng';
import type { AgencyKind } from './types';

/** City → a few of its counties and districts (real names, used only as building blocks). */
const PLACES: readonly { city: string; counties: readonly string[]; districts: readonly string[]; province: string }[] = [
  { city: '淄博', counties: ['沂源', '高青', '桓台'], districts: ['张店', '临淄', '经开'], province: '山东' },
  { city: '聊城', counties: ['阳谷', '莘县', '东阿'], districts: ['东昌府', '茌平'], province: '山东' },
  { city: '临沂', counties: ['沂水', '郯城', '莒南'], districts: ['兰山', '罗庄'], province: '山东' },
  { city: '宝鸡', counties: ['凤翔', '岐山', '扶风'], districts: ['渭滨', '金台'], province: '陕西' },
  { city: '洛阳', counties: ['汝阳', '嵩县', '宜阳'], districts: ['西工', '涧西'], province: '河南' },
  { city: '南阳', counties: ['方城', '西峡', '镇平'], districts: ['宛城', '卧龙'], province: '河南' },
  { city: '绵阳', counties: ['三台', '盐亭', '梓潼'], districts: ['涪城', '游仙'], province: '四川' },
  { city: '赣州', counties: ['信丰', '大余', '上犹'], districts: ['章贡', '南康'], province: '江西' },
  { city: '株洲', counties: ['攸县', '茶陵', '炎陵'], districts: ['天元', '芦淞'], province: '湖南' },
  { city: '嘉兴', counties: ['嘉善', '海盐'], districts: ['南湖', '秀洲'], province: '浙江' },
  { city: '芜湖', counties: ['南陵', '无为'], districts: ['镜湖', '鸠江'], province: '安徽' },
  { city: '保定', counties: ['涞水', '阜平', '唐县'], districts: ['竞秀', '莲池'], province: '河北' },
];

const KINDS: readonly { kind: AgencyKind; weight: number }[] = [
  { kind: 'cityPolice', weight: 3 },
  { kind: 'countyPolice', weight: 3 },
  { kind: 'cityPoliceBranch', weight: 2 },
  { kind: 'districtPoliceBranch', weight: 2 },
  { kind: 'provincePolice', weight: 1 },
  { kind: 'cityNaturalResources', weight: 1 },
  { kind: 'cityTransport', weight: 1 },
  { kind: 'countyGovernmentOffice', weight: 1 },
];

function pickKind(rng: Rng): AgencyKind {
  const total = KINDS.reduce((s, k) => s + k.weight, 0);
  let r = rng.next() * total;
  for (const k of KINDS) {
    r -= k.weight;
    if (r < 0) return k.kind;
  }
  return KINDS[0].kind;
}

/** 莘县 is already a county name; 沂源 needs 县. */
function county(name: string): string {
  return name.endsWith('县') ? name : `${name}县`;
}

function district(name: string): string {
  return name.endsWith('区') ? name : `${name}区`;
}

export function createRandomAgency(rng: Rng): { name: string; kind: AgencyKind } {
  const place = rng.pick(PLACES);
  const kind = pickKind(rng);
  const name = ((): string => {
    switch (kind) {
      case 'cityPolice':
        return `${place.city}市公安局`;
      case 'countyPolice':
        return `${county(rng.pick(place.counties))}公安局`;
      case 'cityPoliceBranch':
        return `${place.city}市公安局${rng.pick(place.districts)}分局`;
      case 'districtPoliceBranch':
        return `${district(rng.pick(place.districts))}公安分局`;
      case 'provincePolice':
        return `${place.province}省公安厅`;
      case 'cityNaturalResources':
        return `${place.city}市自然资源局`;
      case 'cityTransport':
        return `${place.city}市交通运输局`;
      case 'countyGovernmentOffice':
        return `${county(rng.pick(place.counties))}人民政府办公室`;
    }
  })();
  return { name, kind };
}

/** Every name the factory can make, for tests (e.g. that OpenCC converts each back unchanged). */
export function allAgencyNames(): string[] {
  const names = new Set<string>();
  for (const p of PLACES) {
    names.add(`${p.city}市公安局`).add(`${p.city}市自然资源局`).add(`${p.city}市交通运输局`).add(`${p.province}省公安厅`);
    for (const c of p.counties) names.add(`${county(c)}公安局`).add(`${county(c)}人民政府办公室`);
    for (const d of p.districts) names.add(`${p.city}市公安局${d}分局`).add(`${district(d)}公安分局`);
  }
  return [...names];
}
