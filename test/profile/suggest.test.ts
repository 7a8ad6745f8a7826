import { describe, it, expect } from 'vitest';
import { editDistance, suggest } from '../../src/profile/suggest.js';

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['abc', '', 3],
    ['', 'abc', 3],
    ['kitten', 'sitting', 3],
    ['revenue', 'revenue', 0],
    ['reveune', 'revenue', 1],
    ['ab', 'ba', 1],
    ['ca', 'abc', 3],
    ['浦东', '浦西', 1],
  ])('%j → %j is %i', (a, b, expected) => {
    expect(editDistance(a, b)).toBe(expected);
    expect(editDistance(b, a)).toBe(expected);
  });
});

describe('suggest', () => {
  const facts = ['revenue', 'employees', 'district', 'foundedOn', 'rdSpending'];

  it('suggests the candidate within reach', () => {
    expect(suggest('revenu', facts)).toBe('revenue');
    expect(suggest('reveune', facts)).toBe('revenue');
    expect(suggest('distirct', facts)).toBe('district');
    expect(suggest('employes', facts)).toBe('employees');
  });

  it('ignores case when measuring but returns the candidate as written', () => {
    expect(suggest('foundedon', facts)).toBe('foundedOn');
    expect(suggest('REVENUE', facts)).toBe('revenue');
  });

  it('allows about a third of the word length in edits', () => {
    // 6 letters → 2 edits allowed.
    expect(suggest('xevenx', ['revenue'])).toBeUndefined();
    expect(suggest('rvenu', ['revenue'])).toBeUndefined();
    expect(suggest('revnu', ['revenue'])).toBeUndefined();
    expect(suggest('revxnue', ['revenue'])).toBe('revenue');
    expect(suggest('rxvxnue', ['revenue'])).toBe('revenue');
    expect(suggest('rxvxnxe', ['revenue'])).toBeUndefined();
  });

  it('allows at least one edit for short words', () => {
    expect(suggest('ep', ['eq', 'ne'])).toBe('eq');
    expect(suggest('xy', ['eq'])).toBeUndefined();
  });

  it('never allows more than three edits', () => {
    const word = 'abcdefghijklmnop';
    expect(suggest('xbcdefghijklmxyz', [word])).toBeUndefined();
    expect(suggest('abcdefghijklmxyz', [word])).toBe(word);
  });

  it('prefers the closest candidate, and the first on a tie', () => {
    expect(suggest('gtee', ['gt', 'gte', 'lte'])).toBe('gte');
    expect(suggest('lt', ['gt', 'lte', 'lt'])).toBe('lt');
    expect(suggest('xt', ['gt', 'lt'])).toBe('gt');
    expect(suggest('xt', ['lt', 'gt'])).toBe('lt');
  });

  it('returns undefined for an empty word or no candidates', () => {
    expect(suggest('', ['a'])).toBeUndefined();
    expect(suggest('revenue', [])).toBeUndefined();
  });
});
