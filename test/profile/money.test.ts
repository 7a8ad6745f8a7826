import { describe, it, expect } from 'vitest';
import { FOLDED, parseMoney } from '../../src/profile/money.js';

const yuan = (value: number) => ({ ok: true, yuan: value });
const refused = (reason: string) => ({ ok: false, reason });

describe('parseMoney', () => {
  it.each([
    ['3000000', 3_000_000],
    ['3,000,000', 3_000_000],
    ['3,000,000.50', 3_000_000.5],
    ['0.05', 0.05],
    ['3000000元', 3_000_000],
    ['¥3,000,000', 3_000_000],
    ['CNY 3,000,000', 3_000_000],
    ['cny3000000', 3_000_000],
    ['5,000,000 yuan', 5_000_000],
    ['3000000 RMB', 3_000_000],
    ['  42  ', 42],
    ['0', 0],
    ['007', 7],
  ])('reads plain yuan %j', (text, expected) => {
    expect(parseMoney(text)).toEqual(yuan(expected));
  });

  it.each([
    ['300万', 3_000_000],
    ['300万元', 3_000_000],
    ['300 万元', 3_000_000],
    ['RMB 300万', 3_000_000],
    ['12.5万', 125_000],
    ['1,000万', 10_000_000],
    ['0.3亿', 30_000_000],
    ['1.5亿元', 150_000_000],
    ['0.0001万', 1],
    ['1.23456万', 12_345.6],
    ['0.0000000001亿', 0.01],
  ])('shifts the decimal point for %j', (text, expected) => {
    expect(parseMoney(text)).toEqual(yuan(expected));
  });

  it('is exact where float multiplication is not', () => {
    // The trap this module exists to avoid: each of these products is off in the last bit.
    expect(1.1 * 1e8).not.toBe(110_000_000);
    expect(0.07 * 1e4).not.toBe(700);
    expect(0.57 * 1e4).not.toBe(5_700);
    expect(1.13 * 1e8).not.toBe(113_000_000);
    expect(parseMoney('1.1亿')).toEqual(yuan(110_000_000));
    expect(parseMoney('0.07万')).toEqual(yuan(700));
    expect(parseMoney('0.57万')).toEqual(yuan(5_700));
    expect(parseMoney('1.13亿元')).toEqual(yuan(113_000_000));
    expect(parseMoney('0.3亿')).toEqual(yuan(30_000_000));
  });

  it('reads full-width digits, commas, points and yen sign', () => {
    expect(parseMoney('３，０００，０００')).toEqual(yuan(3_000_000));
    expect(parseMoney('１２．５万')).toEqual(yuan(125_000));
    expect(parseMoney('￥300万')).toEqual(yuan(3_000_000));
  });

  it('accepts finite numbers as yuan', () => {
    expect(parseMoney(3_000_000)).toEqual(yuan(3_000_000));
    expect(parseMoney(0.29)).toEqual(yuan(0.29));
    expect(parseMoney(0)).toEqual(yuan(0));
    expect(parseMoney(1e12)).toEqual(yuan(1e12));
  });

  it('accepts trailing zeros beyond fen, which lose nothing', () => {
    expect(parseMoney('3.500')).toEqual(yuan(3.5));
  });

  it.each([['1.234'], ['1.2345'], ['0.00000000001亿'], ['1.23456789万']])('refuses finer than fen precision: %j', (text) => {
    expect(parseMoney(text)).toEqual(refused('format'));
  });

  it('refuses numbers finer than fen precision', () => {
    expect(parseMoney(1.005)).toEqual(refused('format'));
    expect(parseMoney(1e-7)).toEqual(refused('format'));
  });

  it.each([
    [''],
    ['   '],
    ['abc'],
    ['3,00,000'],
    ['30,0000'],
    ['1234,567'],
    [',300'],
    ['3,000,'],
    ['3.'],
    ['.5'],
    ['3 000 000'],
    ['300千'],
    ['300万万'],
    ['3e6'],
    ['1.2.3'],
    ['USD 300'],
    ['300 dollars'],
  ])('refuses unreadable text %j as format', (text) => {
    expect(parseMoney(text)).toEqual(refused('format'));
  });

  it.each([['-5'], ['-300万'], ['¥-3,000'], ['-¥3,000'], ['- 12.5万元'], ['−5']])('refuses negative text %j', (text) => {
    expect(parseMoney(text)).toEqual(refused('negative'));
  });

  it('refuses negative numbers', () => {
    expect(parseMoney(-1)).toEqual(refused('negative'));
    expect(parseMoney(-0.01)).toEqual(refused('negative'));
  });

  it('refuses amounts over one trillion yuan', () => {
    expect(parseMoney('10001亿')).toEqual(refused('too-large'));
    expect(parseMoney('1000000000000.01')).toEqual(refused('too-large'));
    expect(parseMoney(1e12 + 1)).toEqual(refused('too-large'));
    expect(parseMoney(1e300)).toEqual(refused('too-large'));
    expect(parseMoney('9'.repeat(400))).toEqual(refused('too-large'));
    expect(parseMoney('10000亿')).toEqual(yuan(1e12));
  });

  it.each([[Number.NaN], [Number.POSITIVE_INFINITY], [Number.NEGATIVE_INFINITY], [true], [false], [null], [undefined], [{}], [[3]], [3n]])(
    'refuses %s as the wrong type',
    (value) => {
      expect(parseMoney(value)).toEqual(refused('type'));
    },
  );
});

describe('text already folded skips the fold', () => {
  it('every character the shortcut accepts is left alone by NFKC, the minus fold and trim', () => {
    for (const char of '0123456789,.万亿元') {
      expect(FOLDED.test(char)).toBe(true);
      expect(
        char
          .normalize('NFKC')
          .replace(/\u2212/g, '-')
          .trim(),
      ).toBe(char);
    }
    for (const char of ['１', '，', '．', '¥', '\u3000', ' ', '\u2212', '-', '萬', '億']) expect(FOLDED.test(`1${char}`)).toBe(false);
  });

  it('reads the same either way', () => {
    for (const text of ['24万元', '3,000,000', '0.3亿', '1.005', '300万元', ',', '.', '万'])
      expect(parseMoney(text)).toEqual(parseMoney(` ${text}`));
  });
});
