/**
 * Shanghai's districts under one canonical pinyin id each, whatever spelling a profile uses:
 * `Jing'an District`, `jing an`, `静安区`, `上海市浦东新区`, `Pudong New Area`.
 * Unknown text is kept (lower-cased) rather than refused, so the caller can warn and carry on.
 */

/** Canonical ids of the 16 districts; rule and profile schemas enumerate these. */
export const SHANGHAI_DISTRICTS = [
  'huangpu',
  'xuhui',
  'changning',
  'jingan',
  'putuo',
  'hongkou',
  'yangpu',
  'minhang',
  'baoshan',
  'jiading',
  'pudong',
  'jinshan',
  'songjiang',
  'qingpu',
  'fengxian',
  'chongming',
] as const;
export type ShanghaiDistrict = (typeof SHANGHAI_DISTRICTS)[number];

/** Chinese name of each district, without 区 / 新区. */
export const SHANGHAI_DISTRICT_NAMES_ZH = {
  huangpu: '黄浦',
  xuhui: '徐汇',
  changning: '长宁',
  jingan: '静安',
  putuo: '普陀',
  hongkou: '虹口',
  yangpu: '杨浦',
  minhang: '闵行',
  baoshan: '宝山',
  jiading: '嘉定',
  pudong: '浦东',
  jinshan: '金山',
  songjiang: '松江',
  qingpu: '青浦',
  fengxian: '奉贤',
  chongming: '崇明',
} as const satisfies Record<ShanghaiDistrict, string>;

export type DistrictResult = { ok: true; value: string; known: boolean } | { ok: false; reason: 'type' | 'empty' };

const ID_BY_ZH_NAME = new Map<string, ShanghaiDistrict>(SHANGHAI_DISTRICTS.map((id) => [SHANGHAI_DISTRICT_NAMES_ZH[id], id]));
const KNOWN_IDS: ReadonlySet<string> = new Set(SHANGHAI_DISTRICTS);

export function isShanghaiDistrict(text: string): text is ShanghaiDistrict {
  return KNOWN_IDS.has(text);
}

export function normaliseDistrict(input: unknown): DistrictResult {
  if (typeof input !== 'string') return { ok: false, reason: 'type' };
  // NFKC folds full-width letters and spaces, which Chinese input methods often produce.
  const text = input.normalize('NFKC').trim();
  if (text === '') return { ok: false, reason: 'empty' };
  const id = idFromChinese(text) ?? idFromPinyin(text);
  if (id !== undefined) return { ok: true, value: id, known: true };
  return { ok: true, value: text.toLowerCase(), known: false };
}

/** `上海市浦东新区`, `浦东新区`, `浦东区`, `浦东`, `普陀區`, and a town within one: `普陀区长征镇`. */
function idFromChinese(text: string): ShanghaiDistrict | undefined {
  const name = text
    .replace(/\s+/g, '')
    .replace(/區/g, '区')
    .replace(/^上海市?/, '');
  const whole = ID_BY_ZH_NAME.get(name.replace(/(新区|区)$/, ''));
  if (whole) return whole;
  // Every Shanghai district name has two characters; what follows 区 is a street or town inside it.
  return /^..(新区|区)./.test(name) ? ID_BY_ZH_NAME.get(name.slice(0, 2)) : undefined;
}

/** `Jing'an District`, `jing-an`, `Pudong New Area`, `Shanghai Xuhui district`. */
function idFromPinyin(text: string): ShanghaiDistrict | undefined {
  const compact = text
    .toLowerCase()
    .replace(/[\s'’‘`\-_.,]+/g, '')
    .replace(/^shanghai(shi)?/, '')
    .replace(/(newarea|newdistrict|district)$/, '');
  return isShanghaiDistrict(compact) ? compact : undefined;
}

/**
 * The id of a district written in one of its usual spellings (`putuo`, `Putuo District`, `普陀区`,
 * `上海市普陀区`), looked up whole; undefined for any other text, which normaliseDistrict reads. The
 * table is made by normaliseDistrict itself, so a spelling found here reads as it would there.
 */
export function knownDistrictSpelling(text: string): ShanghaiDistrict | undefined {
  return USUAL_SPELLINGS.get(text);
}

const USUAL_SPELLINGS: ReadonlyMap<string, ShanghaiDistrict> = new Map(
  SHANGHAI_DISTRICTS.flatMap((id) => {
    const zh = SHANGHAI_DISTRICT_NAMES_ZH[id];
    const en = id.charAt(0).toUpperCase() + id.slice(1);
    const spellings = [id, en, `${en} District`, zh, `${zh}区`, `${zh}新区`, `上海市${zh}区`, `上海市${zh}新区`, `上海${zh}区`];
    return spellings.flatMap((spelling): [string, ShanghaiDistrict][] => {
      const read = normaliseDistrict(spelling);
      return read.ok && read.known ? [[spelling, read.value as ShanghaiDistrict]] : [];
    });
  }),
);
