/**
 * The fast path for values already in normal form against the general normaliser: whenever plainValue
 * answers, normaliseValue accepts the value without a warning and gives the same (Object.is for
 * numbers, so -0 is not 0). And it does answer for the values profiles usually hold.
 */
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseValue, plainValue } from '../../src/profile/values.js';
import { parseDate, plainDate } from '../../src/profile/dates.js';
import { SHANGHAI_DISTRICT_NAMES_ZH, SHANGHAI_DISTRICTS } from '../../src/profile/district.js';
import { vocabularyFor, type FactSpec } from '../../src/profile/vocabulary.js';
import { bundledVersions } from '../helpers.js';
import '../properties/settings.js';

const vocabulary = vocabularyFor(bundledVersions().flatMap((v) => Object.entries(v.rule.facts)));
const specs: [string, FactSpec][] = [...Object.entries(vocabulary.company), ...Object.entries(vocabulary.project)];

const dateLike = fc
  .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.option(fc.integer({ min: 0, max: 32 })))
  .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}${d === null ? '' : `-${String(d).padStart(2, '0')}`}`);
const districtLike = fc.oneof(
  fc.constantFrom(...SHANGHAI_DISTRICTS),
  fc
    .constantFrom(...Object.values(SHANGHAI_DISTRICT_NAMES_ZH))
    .chain((zh) => fc.constantFrom(zh, `${zh}区`, `${zh}新区`, `上海市${zh}区`, `上海${zh}区`, `${zh}區`, ` ${zh}区`, `${zh}区长征镇`)),
  fc.constantFrom('Putuo District', 'PUTUO', 'Pudong New Area', "Jing'an District", 'Jingan District', 'purtuo', 'Shanghai', ''),
);
const edges = [
  ...[0, -0, 1e12, 1e12 + 1, -1, 0.5, 1.005, 1e21, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53],
  ...['2024-02-29', '2023-02-29', '2021-00', ' 2021-01', `${'0'.repeat(1000)}1`, '300万', '３００万', '1.005'],
  ...[[999], [10000], [2021, 2022], ['2021'], [], ['big-data'], ['constructor'], [' 人工智能 ']],
];
const raws = fc.oneof(
  fc.boolean(),
  fc.integer(),
  fc.constantFrom(...edges),
  fc.double(),
  dateLike,
  dateLike.map((d) => ` ${d}`),
  districtLike,
  fc.constantFrom('good', 'poor', 'normal', 'rd', 'digital-transformation', 'planned', 'trial-operation', 'Good', 'done'),
  fc.constantFrom('300万', '3,000,000', '0.3亿', 'p1', '上海光新网络科技有限公司', 'a\u001bb', 'x'.repeat(1001), 'x'.repeat(1000)),
  fc.string(),
  fc.array(fc.string(), { maxLength: 2 }),
  fc.array(
    fc.constantFrom(
      '人工智能',
      'big-data',
      ' cloud-computing ',
      '新材料',
      'constructor',
      'digital-new-infrastructure',
      '在线新经济',
      'x\u001b',
      'x'.repeat(1001),
      7,
    ),
    { maxLength: 3 },
  ),
  fc.array(fc.oneof(fc.integer({ min: 900, max: 10001 }), fc.constantFrom('2020', 2020.5, -0, ' 2021')), { maxLength: 3 }),
  fc.constantFrom('24万元', '0.3亿', '1,250,000', '1.005', '３００万', ' 300万 ', '-300', '三百万', `${'0'.repeat(1000)}1`),
  fc.constant(null),
);

describe('plainValue: the normal-form fast path of normaliseValue', () => {
  const agrees = (key: string, spec: FactSpec, raw: unknown) => {
    const plain = plainValue(spec, raw);
    if (plain === undefined) return;
    const general = normaliseValue(spec, `company.${key}`, raw);
    expect(general.ok && !general.warning).toBe(true);
    if (general.ok)
      expect(isDeepStrictEqual(plain, general.value) && (typeof plain !== 'number' || Object.is(plain, general.value))).toBe(true);
  };

  it.each(specs)('answers for %s only with what the general path gives, without a problem or warning', (key, spec) => {
    for (const raw of edges) agrees(key, spec, raw);
    fc.assert(fc.property(raws, (raw) => agrees(key, spec, raw)));
  });

  it('plainDate reads exactly the dates parseDate reads as given', () => {
    fc.assert(
      fc.property(fc.oneof(dateLike, fc.string({ maxLength: 11 })), (text) => {
        const plain = plainDate(text);
        const general = parseDate(text);
        if (plain !== undefined) expect(general).toEqual({ ok: true, value: plain });
        else if (general.ok) expect(general.value.text === text).toBe(false);
      }),
    );
  });

  it('answers for the values profiles usually hold', () => {
    const of = (key: string, raw: unknown) => plainValue(vocabulary.company[key] ?? vocabulary.project[key]!, raw);
    expect(of('business_district', 'putuo')).toBe('putuo');
    expect(of('business_district', '上海市普陀区')).toBe('putuo');
    expect(of('tax_district', 'Putuo District')).toBe('putuo');
    expect(of('tax_district', '浦东新区')).toBe('pudong');
    expect(of('investment', 540000)).toBe(540000);
    expect(of('start', '2021-10')).toEqual({ text: '2021-10', precision: 'month', first: '2021-10-01', last: '2021-10-31' });
    expect(of('end', '2024-02-29')).toEqual({ text: '2024-02-29', precision: 'day', first: '2024-02-29', last: '2024-02-29' });
    expect(of('credit', 'good')).toBe('good');
    expect(of('tech_enterprise', false)).toBe(false);
    expect(of('title', '工业互联网平台改造')).toBe('工业互联网平台改造');
    expect(of('investment', '300万')).toBeUndefined(); // text amounts and lists take the general path
  });
});
