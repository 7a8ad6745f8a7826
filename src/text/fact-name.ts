/**
 * A fact path as a reader names it. English keeps the path a consultant types into the profile
 * (`projects[1].investment`); Chinese gives the rule's label (项目投资额), so a client reads no code.
 */
import type { RuleFile } from '../rules/schema.js';

/** The declared fact a concrete path reads: `projects[1].investment` → `projects[].investment`. */
export const ruleFactOf = (path: string): string => path.replace(/^projects\[\d+\]/, 'projects[]');

export function factName(path: string, rule: RuleFile, lang: 'en' | 'zh'): string {
  if (lang === 'en') return path;
  return rule.facts[ruleFactOf(path)]?.label.zh ?? path;
}

/** A fact as a sentence names it: the path in English, the rule's label in quotes in Chinese (`“项目投资额”`). */
export function factInSentence(path: string, rule: RuleFile, lang: 'en' | 'zh'): string {
  return lang === 'en' ? path : `“${factName(path, rule, 'zh')}”`;
}

/** Each path the measures name (missing facts, a missing amount base) with its name in Chinese. */
export function factNames(paths: Iterable<string>, rule: RuleFile): Record<string, string> {
  return Object.fromEntries([...new Set(paths)].sort().map((p) => [p, factName(p, rule, 'zh')]));
}

/** A path the report names, shown in the chosen language from the report's `factNamesZh`. */
export function shownFact(path: string, namesZh: Readonly<Record<string, string>>, lang: 'en' | 'zh' | 'both'): string {
  if (lang === 'en') return path;
  const zh = Object.hasOwn(namesZh, path) ? `“${namesZh[path]}”` : path;
  return lang === 'zh' ? zh : `${path} / ${zh}`;
}
