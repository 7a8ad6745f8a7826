import { describe, expect, it } from 'vitest';
import { windowPhrase } from '../../src/text/window-phrase.js';

const march = { opens: '2021-03-01', closes: '2021-03-31' };

describe('a window relative to the as-of date', () => {
  it('counts the days to the close while open, and to the opening before', () => {
    expect(windowPhrase(march, '2021-03-15', 'en')).toBe('open, closes in 16 days (2021-03-31)');
    expect(windowPhrase(march, '2021-03-30', 'en')).toBe('open, closes in 1 day (2021-03-31)');
    expect(windowPhrase(march, '2021-03-31', 'en')).toBe('open, closes today (2021-03-31)');
    expect(windowPhrase(march, '2021-03-01', 'en')).toBe('open, closes in 30 days (2021-03-31)');
    expect(windowPhrase(march, '2021-02-28', 'en')).toBe('opens on 2021-03-01 (in 1 day)');
    expect(windowPhrase(march, '2020-03-01', 'en')).toBe('opens on 2021-03-01 (in 365 days)');
    expect(windowPhrase(march, '2021-04-01', 'en')).toBe('closed on 2021-03-31');
  });

  it('says what is not published', () => {
    expect(windowPhrase({ opens: null, closes: null }, '2021-03-15', 'en')).toBe('dates not published');
    expect(windowPhrase({ opens: '2021-03-01', closes: null }, '2021-03-15', 'en')).toBe(
      'open since 2021-03-01; the closing date is not published',
    );
    expect(windowPhrase({ opens: null, closes: '2021-03-31' }, '2021-03-15', 'en')).toBe(
      'closes on 2021-03-31 (in 16 days); the opening date is not published',
    );
    expect(windowPhrase({ opens: null, closes: '2021-03-31' }, '2021-04-15', 'en')).toBe('closed on 2021-03-31');
  });

  it('in Chinese, with Chinese dates, and in both languages', () => {
    expect(windowPhrase(march, '2021-03-15', 'zh')).toBe('开放中，16 天后截止（2021年3月31日）');
    expect(windowPhrase(march, '2021-04-01', 'zh')).toBe('已于 2021年3月31日 截止');
    expect(windowPhrase(march, '2021-02-01', 'zh')).toBe('将于 2021年3月1日 开放（还有 28 天）');
    expect(windowPhrase(march, '2021-04-01', 'both')).toBe('closed on 2021-03-31 / 已于 2021年3月31日 截止');
  });
});
