/**
 * A profile's facts are its mappings' own keys: a key that something else set on Object.prototype
 * (enumerable, so for…in lists it) is neither a fact nor an unknown key of the profile.
 */
import { describe, expect, it } from 'vitest';
import { readProfile } from '../../src/profile/read.js';
import { vocabularyFor } from '../../src/profile/vocabulary.js';
import { bundledVersions } from '../helpers.js';

const vocabulary = vocabularyFor(bundledVersions().flatMap((v) => Object.entries(v.rule.facts)));
/** The facts a profile states: an absent one is an own key set to undefined (src/profile/facts.ts). */
const present = (facts: Record<string, unknown>) => Object.keys(facts).filter((key) => facts[key] !== undefined);
const text = '{"company": {"name": "A", "tech_enterprise": true}, "projects": [{"id": "p1", "investment": 5}]}';

describe('facts are own keys', () => {
  it('reads nothing off a polluted Object.prototype', () => {
    const before = readProfile('a.json', text, 'json', vocabulary);
    for (const key of ['credit', 'type', 'not_a_fact'])
      Object.defineProperty(Object.prototype, key, { value: 'poor', enumerable: true, configurable: true, writable: true });
    try {
      const read = readProfile('a.json', text, 'json', vocabulary);
      expect(read).toEqual(before);
      expect(read.diagnostics).toEqual([]);
      expect(present(read.profile!.company)).toEqual(['tech_enterprise']);
      expect(present(read.profile!.projects[0]!.facts)).toEqual(['id', 'investment']);
      // An absent fact is an own key set to undefined, so the polluted prototype is not read through it;
      // a key that is no fact finds no Object.prototype behind the facts either.
      expect(read.profile!.company.credit).toBeUndefined();
      expect(read.profile!.projects[0]!.facts.type).toBeUndefined();
      expect(read.profile!.company.not_a_fact).toBeUndefined();
    } finally {
      for (const key of ['credit', 'type', 'not_a_fact']) delete (Object.prototype as Record<string, unknown>)[key];
    }
  });
});
