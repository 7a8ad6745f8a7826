/**
 * A profile's facts are its mappings' own keys: a key that something else set on Object.prototype
 * (enumerable, so for…in lists it) is neither a fact nor an unknown key of the profile.
 */
import { describe, expect, it } from 'vitest';
import { readProfile } from '../../src/profile/read.js';
import { vocabularyFor } from '../../src/profile/vocabulary.js';
import { bundledVersions } from '../helpers.js';

const vocabulary = vocabularyFor(bundledVersions().flatMap((v) => Object.entries(v.rule.facts)));
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
      expect(Object.keys(read.profile!.company)).toEqual(['tech_enterprise']);
      expect(Object.keys(read.profile!.projects[0]!.facts)).toEqual(['id', 'investment']);
    } finally {
      for (const key of ['credit', 'type', 'not_a_fact']) delete (Object.prototype as Record<string, unknown>)[key];
    }
  });
});
