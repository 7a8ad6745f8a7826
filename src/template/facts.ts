/**
 * The facts a profile template asks for: every fact the chosen programme versions declare, in the
 * order of the public vocabulary (facts a rule set adds come after, in the order declared), company
 * facts first, then project facts; with which programmes read each.
 */
import { vocabularyFor, type FactSpec } from '../profile/vocabulary.js';
import type { RuleVersion } from '../rules/load.js';
import type { Fact } from '../rules/schema.js';

export interface TemplateFact {
  /** The key under `company` or under a project. */
  key: string;
  /** `company.credit`, `projects[].investment`. */
  path: string;
  /** Type and allowed values, as the profile reader takes them. */
  spec: FactSpec;
  /** Label, question and unit, from the newest version that declares the fact. */
  declared: Fact;
  /** Ids of the chosen programmes whose rules read it, sorted. */
  programmes: string[];
}

export interface TemplateFacts {
  /** `programme@version` of every version asked about, sorted. */
  versions: string[];
  programmes: string[];
  company: TemplateFact[];
  project: TemplateFact[];
}

export function templateFacts(versions: readonly RuleVersion[]): TemplateFacts {
  // The newest version first, so its wording of a fact wins.
  const newestFirst = [...versions].sort((a, b) => compare(b.rule.effective.from ?? '', a.rule.effective.from ?? ''));
  const declared = new Map<string, { fact: Fact; programmes: Set<string> }>();
  for (const v of newestFirst) {
    for (const [path, fact] of Object.entries(v.rule.facts)) {
      const entry = declared.get(path) ?? { fact, programmes: new Set<string>() };
      entry.programmes.add(v.rule.programme.id);
      declared.set(path, entry);
    }
  }
  const vocabulary = vocabularyFor([...declared].map(([path, { fact }]) => [path, fact] as [string, FactSpec]));
  const pick = (scope: 'company' | 'projects[]', specs: Record<string, FactSpec>): TemplateFact[] =>
    Object.entries(specs).flatMap(([key, spec]) => {
      const entry = declared.get(`${scope}.${key}`);
      if (!entry) return [];
      // A list the vocabulary leaves free (other programmes' ids): the values the rules know are examples.
      const known =
        spec.type === 'list' && !spec.values?.length && entry.fact.values?.length
          ? { ...spec, values: entry.fact.values, open: true }
          : spec;
      return [{ key, path: `${scope}.${key}`, spec: known, declared: entry.fact, programmes: [...entry.programmes].sort(compare) }];
    });
  return {
    versions: versions.map((v) => `${v.rule.programme.id}@${v.rule.programme.version}`).sort(compare),
    programmes: [...new Set(versions.map((v) => v.rule.programme.id))].sort(compare),
    company: pick('company', vocabulary.company),
    project: pick('projects[]', vocabulary.project),
  };
}

/** Code-point order: ids and ISO dates need no locale. */
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
