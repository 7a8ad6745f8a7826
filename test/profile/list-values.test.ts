/**
 * List facts: Chinese names become their ids through the vocabulary's aliases, and only through them.
 * A value that happens to name a property every object inherits ("constructor", "toString",
 * "__proto__") is the text it is, not a function found on the alias table's prototype.
 */
import { describe, expect, it } from 'vitest';
import { normaliseValue } from '../../src/profile/values.js';
import { COMPANY_VOCABULARY } from '../../src/profile/vocabulary.js';

const { fields, features } = COMPANY_VOCABULARY;

describe('list facts', () => {
  it('turns a Chinese name into its id', () => {
    expect(normaliseValue(fields, 'company.fields', [' 人工智能 '])).toEqual({ ok: true, value: ['artificial-intelligence'] });
  });

  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty'])('keeps %s in an open list as the text it is', (name) => {
    expect(normaliseValue(fields, 'company.fields', [name])).toEqual({ ok: true, value: [name] });
  });

  it.each(['constructor', '__proto__'])('refuses %s in a closed list as an unknown value', (name) => {
    const read = normaliseValue(features, 'company.features', [name]);
    expect(read.ok).toBe(false);
    expect(read).toMatchObject({ code: 'profile/enum', args: { path: 'company.features[0]', found: name } });
  });
});
