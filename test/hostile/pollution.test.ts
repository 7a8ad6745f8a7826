/**
 * No prototype pollution, in process through the library API: keys named `__proto__`, `constructor`
 * and `prototype` anywhere in a profile (or declared as facts) change no object but their own, and a
 * control profile gets the same answer after them as before.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkText, fileResult, prepare } from '../../src/index.js';
import { readProfile } from '../../src/profile/read.js';
import { vocabularyFor, vocabularyOf } from '../../src/profile/vocabulary.js';
import { bundledVersions } from '../helpers.js';

const prototypeState = () => ({
  names: Object.getOwnPropertyNames(Object.prototype).sort(),
  proto: Object.getPrototypeOf({}) === Object.prototype,
  frozen: Object.isFrozen(Object.prototype),
});
const text = (name: string) => readFileSync(`fixtures/hostile/profiles/${name}`, 'utf8');

describe('prototype pollution', () => {
  it('a control profile answers the same after __proto__ profiles as before, and Object.prototype is untouched', () => {
    const untouched = prototypeState();
    const prepared = prepare(bundledVersions(), '2022-07-05');
    if ('diagnostics' in prepared) throw new Error('bundled rules');
    const answer = (name: string) => {
      const result = fileResult(checkText(prepared, 'control.yaml', 'yaml', text(name), { detail: true }), 'en');
      return JSON.stringify([result.company, result.programmes, result.maxTotal]);
    };
    const first = answer('utf8.yaml');
    const hostile = ['proto-keys.yaml', 'proto-keys.json'].map((name) =>
      fileResult(checkText(prepared, name, name.endsWith('.json') ? 'json' : 'yaml', text(name), { detail: true }), 'en'),
    );
    expect(answer('utf8.yaml')).toBe(first);
    // The hostile profiles themselves answer as their twin: their odd keys are warnings, nothing more.
    for (const result of hostile) {
      expect(result.valid).toBe(true);
      expect(JSON.stringify([result.company, result.programmes, result.maxTotal])).toBe(first);
      expect(new Set(result.diagnostics.map((d) => d.code))).toEqual(new Set(['profile/unknown-key']));
    }
    expect(prototypeState()).toEqual(untouched);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).credit).toBeUndefined();
  });

  it('a fact declared as company.__proto__ or company.constructor is an own key, never a prototype', () => {
    const spec = { type: 'boolean' as const };
    const { company } = vocabularyFor([
      ['company.__proto__', spec],
      ['company.constructor', spec],
    ]);
    expect(Object.getPrototypeOf(company)).toBe(Object.prototype);
    expect(Object.hasOwn(company, '__proto__') && Object.hasOwn(company, 'constructor')).toBe(true);
    // A profile that does not state `constructor` leaves it unknown: it is not read off Object.prototype.
    const read = readProfile('x.yaml', 'company:\n  name: A\n', 'yaml', vocabularyOf(company, {}));
    expect(read.diagnostics).toEqual([]);
    // Every key of the vocabulary is an own key of the facts (src/profile/facts.ts), the two odd ones too, none present.
    const facts = read.profile!.company;
    expect(Object.keys(facts).slice(-2)).toEqual(['__proto__', 'constructor']);
    expect(Object.keys(facts).filter((key) => facts[key] !== undefined)).toEqual([]);
    expect(facts.constructor).toBeUndefined();
    const stated = readProfile('x.yaml', 'company:\n  name: A\n  constructor: true\n', 'yaml', vocabularyOf(company, {}));
    expect(stated.profile!.company.constructor).toBe(true);
    expect(prototypeState().names).not.toContain('polluted');
  });
});
