/**
 * `programme@version`: how a user names one version of a programme (`--rules-version`, `rules show`,
 * `rules diff`). Parsing and checking against the loaded versions are pure; problems are diagnostics.
 */
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { RuleVersion } from './load.js';
import type { Pin } from './select.js';

export type { Pin };

const PIN = /^([a-z0-9][a-z0-9-]*)@([0-9A-Za-z][0-9A-Za-z.-]*)$/;

/** `putuo-smart-software@2023` → its parts; undefined when the text is not of that form. */
export function parsePin(text: string): Pin | undefined {
  const match = PIN.exec(text.trim());
  return match ? { programme: match[1]!, version: match[2]! } : undefined;
}

/** The version a pin names, if loaded. */
export function findPinned(versions: readonly RuleVersion[], pin: Pin): RuleVersion | undefined {
  return versions.find((v) => v.rule.programme.id === pin.programme && v.rule.programme.version === pin.version);
}

/** A pin naming a programme or a version the rules do not define; `where` names the option or argument. */
export function pinProblems(versions: readonly RuleVersion[], pins: readonly Pin[], where = '--rules-version'): Diagnostic[] {
  const known = [...new Set(versions.map((v) => v.rule.programme.id))].sort();
  return pins.flatMap((pin): Diagnostic[] => {
    if (!known.includes(pin.programme))
      return [diagnostic('rules/unknown-programme', where, '', undefined, { programme: pin.programme, known: known.join(', ') })];
    if (findPinned(versions, pin)) return [];
    const have = versions
      .filter((v) => v.rule.programme.id === pin.programme)
      .map((v) => v.rule.programme.version)
      .sort();
    return [
      diagnostic('rules/unknown-version', where, '', undefined, { programme: pin.programme, version: pin.version, known: have.join(', ') }),
    ];
  });
}
