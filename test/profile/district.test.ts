import { describe, it, expect } from 'vitest';
import { SHANGHAI_DISTRICTS, SHANGHAI_DISTRICT_NAMES_ZH, isShanghaiDistrict, normaliseDistrict } from '../../src/profile/district.js';

const known = (value: string) => ({ ok: true, value, known: true });

describe('SHANGHAI_DISTRICTS', () => {
  it('lists the 16 districts once each, with a Chinese name for each', () => {
    expect(new Set(SHANGHAI_DISTRICTS).size).toBe(16);
    expect(Object.keys(SHANGHAI_DISTRICT_NAMES_ZH).sort()).toEqual([...SHANGHAI_DISTRICTS].sort());
  });

  it('recognises its own ids and nothing else', () => {
    expect(isShanghaiDistrict('pudong')).toBe(true);
    expect(isShanghaiDistrict('Pudong')).toBe(false);
    expect(isShanghaiDistrict('nanhui')).toBe(false);
  });
});

describe('normaliseDistrict', () => {
  it.each(SHANGHAI_DISTRICTS.map((id) => [id]))('maps %s and its Chinese forms to itself', (id) => {
    const zh = SHANGHAI_DISTRICT_NAMES_ZH[id];
    for (const form of [id, id.toUpperCase(), `${id} district`, zh, `${zh}区`, `上海${zh}区`, `上海市${zh}区`]) {
      expect(normaliseDistrict(form), form).toEqual(known(id));
    }
  });

  it.each([
    ['Xuhui', 'xuhui'],
    ['Xuhui District', 'xuhui'],
    ['xuhui-district', 'xuhui'],
    ['  MINHANG  ', 'minhang'],
    ["Jing'an", 'jingan'],
    ['Jing’an District', 'jingan'],
    ['jing an', 'jingan'],
    ['Jing-an', 'jingan'],
    ['Pudong New Area', 'pudong'],
    ['pudong new district', 'pudong'],
    ['浦东新区', 'pudong'],
    ['上海市浦东新区', 'pudong'],
    ['上海 浦东新区', 'pudong'],
    ['Shanghai Xuhui District', 'xuhui'],
    ['ＸＵＨＵＩ', 'xuhui'],
  ])('maps %j to %s', (text, id) => {
    expect(normaliseDistrict(text)).toEqual(known(id));
  });

  it('keeps unknown text, trimmed and lower-cased, for the caller to warn about', () => {
    expect(normaliseDistrict('  Nanhui ')).toEqual({ ok: true, value: 'nanhui', known: false });
    expect(normaliseDistrict('Xuhiu')).toEqual({ ok: true, value: 'xuhiu', known: false });
    expect(normaliseDistrict('Haidian District')).toEqual({ ok: true, value: 'haidian district', known: false });
    expect(normaliseDistrict('南汇区')).toEqual({ ok: true, value: '南汇区', known: false });
  });

  it('does not strip a 区 that leaves no known name', () => {
    expect(normaliseDistrict('区')).toEqual({ ok: true, value: '区', known: false });
    expect(normaliseDistrict('上海市')).toEqual({ ok: true, value: '上海市', known: false });
  });

  it('refuses empty text and non-strings', () => {
    expect(normaliseDistrict('')).toEqual({ ok: false, reason: 'empty' });
    expect(normaliseDistrict('   ')).toEqual({ ok: false, reason: 'empty' });
    expect(normaliseDistrict(7)).toEqual({ ok: false, reason: 'type' });
    expect(normaliseDistrict(null)).toEqual({ ok: false, reason: 'type' });
    expect(normaliseDistrict(['xuhui'])).toEqual({ ok: false, reason: 'type' });
  });
});
