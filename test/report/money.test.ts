import { describe, expect, it } from 'vitest';
import { formatYuan, grouped } from '../../src/text/money.js';

describe('formatYuan', () => {
  it('groups thousands in English', () => {
    expect(grouped(5_000_000)).toBe('5,000,000');
    expect(grouped(999)).toBe('999');
    expect(grouped(1234567.5)).toBe('1,234,567.5');
    expect(formatYuan(2_000_000, 'en')).toBe('2,000,000');
  });
  it('uses 万 and 亿 in Chinese where exact', () => {
    expect(formatYuan(5_000_000, 'zh')).toBe('500万元');
    expect(formatYuan(150_000, 'zh')).toBe('15万元');
    expect(formatYuan(150_001, 'zh')).toBe('150,001元');
    expect(formatYuan(120_000_000, 'zh')).toBe('1.2亿元');
    expect(formatYuan(900_000, 'both')).toBe('900,000 (90万元)');
  });
});
