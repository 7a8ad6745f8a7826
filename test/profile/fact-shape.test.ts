/**
 * Every fact object of a scope has one shape (src/profile/facts.ts): each key of the scope's vocabulary
 * an own key, in the vocabulary's order, an absent fact `undefined`. That is for speed alone: an absent
 * fact is still absent wherever it matters (missing facts, verdicts, what it would take), exactly as when
 * the key is not there at all, and evaluating with full detail leaves the facts as they were.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/evaluate.js';
import { prepare, type Prepared } from '../../src/pipeline.js';
import type { Facts, Profile } from '../../src/profile/read.js';
import { readProfile } from '../../src/profile/read.js';
import { bundledVersions } from '../helpers.js';

const AS_OF = '2021-03-15';
const prepared = prepare(bundledVersions(), AS_OF) as Prepared;
const { vocabulary } = prepared;
const read = (text: string): Profile => {
  const result = readProfile('p.yaml', text, 'yaml', vocabulary);
  if (!result.profile) throw new Error(JSON.stringify(result.diagnostics));
  return result.profile;
};
/** The same facts as a library caller may build them: only the present keys, no prototype. */
const onlyPresent = (facts: Facts): Facts =>
  Object.assign(Object.create(null), Object.fromEntries(Object.entries(facts).filter(([, v]) => v !== undefined)));
const halfFilled = readFileSync('fixtures/profiles/qinghe-half-filled.yaml', 'utf8');

describe('fact objects of one shape', () => {
  it('two profiles stating different facts have the same own keys, in the vocabulary order', () => {
    const a = read('company:\n  name: A\n  credit: good\nprojects:\n  - id: p1\n    investment: 5\n');
    const b = read('company:\n  name: B\n  tech_enterprise: true\n  business_district: putuo\nprojects:\n  - id: q\n    type: rd\n');
    expect(Object.keys(a.company)).toEqual(vocabulary.layout.company.keys);
    expect(Object.keys(b.company)).toEqual(vocabulary.layout.company.keys);
    expect(Object.keys(a.projects[0]!.facts)).toEqual(vocabulary.layout.project.keys);
    expect(Object.keys(b.projects[0]!.facts)).toEqual(vocabulary.layout.project.keys);
    // Made from a template every profile shares, which nothing can write into.
    expect(Object.isFrozen(vocabulary.layout.company.template) && Object.isFrozen(vocabulary.layout.project.template)).toBe(true);
    expect(Object.isFrozen(a.company)).toBe(false);
    // Absent is undefined, whatever the key; the name and code are the report's, not facts.
    expect([a.company.tech_enterprise, a.company.name, b.company.credit, b.projects[0]!.facts.investment]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect([a.company.credit, b.company.tech_enterprise, b.projects[0]!.facts.type]).toEqual(['good', true, 'rd']);
  });

  it('no key that is no fact reads through to Object.prototype, and the prototype has nothing of its own', () => {
    const { company } = read('company:\n  name: A\n');
    const proto = Object.getPrototypeOf(company) as object;
    expect(Object.getOwnPropertyNames(proto)).toEqual([]);
    expect(Object.getPrototypeOf(proto)).toBeNull();
    expect(Object.isFrozen(proto)).toBe(true);
    for (const key of ['constructor', 'toString', 'hasOwnProperty', '__proto__', 'not_a_fact']) expect(company[key]).toBeUndefined();
  });

  it('an absent fact is missing as when its key is not there at all, in decisions and with full detail', () => {
    const profile = read(halfFilled);
    const bare: Profile = {
      company: onlyPresent(profile.company),
      projects: profile.projects.map((p) => ({ ...p, facts: onlyPresent(p.facts) })),
    };
    for (const detail of [false, true]) {
      const ours = evaluate(prepared.compiled, profile, AS_OF, { detail, rounds: prepared.rounds });
      const theirs = evaluate(prepared.compiled, bare, AS_OF, { detail, rounds: prepared.rounds });
      expect(JSON.stringify(ours)).toBe(JSON.stringify(theirs));
      // The fixture's own account of what is missing: absent facts are named as missing.
      const missing = ours.programmes.flatMap((p) => p.measures.flatMap((m) => m.missing));
      expect(missing).toContain('company.credit');
      expect(missing).toContain('projects[0].end');
      expect(missing).not.toContain('company.business_district');
    }
  });

  it('evaluating with full detail (what it would take writes and restores facts) leaves every key in place', () => {
    const profile = read(halfFilled);
    const before = [Object.entries(profile.company), Object.entries(profile.projects[0]!.facts)];
    const result = evaluate(prepared.compiled, profile, AS_OF, { detail: true, rounds: prepared.rounds });
    expect(result.programmes.some((p) => p.measures.some((m) => (m.toQualify?.changes.length ?? 0) > 0))).toBe(true);
    expect([Object.entries(profile.company), Object.entries(profile.projects[0]!.facts)]).toEqual(before);
  });
});
