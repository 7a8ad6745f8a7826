import { describe, expect, it } from 'vitest';
import { breakToWidth, displayWidth } from '../../src/text/columns.js';

describe('terminal columns', () => {
  it('counts Chinese as two columns, Latin and box drawing as one', () => {
    expect(displayWidth('上海ab')).toBe(6);
    expect(displayWidth('│—…')).toBe(3);
  });

  it('breaks text without spaces at the width, never splitting a wide character over it', () => {
    expect(breakToWidth('fixtures/profiles', 8)).toBe('fixtures\n/profile\ns');
    expect(breakToWidth('上海华信智联', 5)).toBe('上海\n华信\n智联');
    expect(breakToWidth('ab\ncd', 5)).toBe('ab\ncd');
  });
});
