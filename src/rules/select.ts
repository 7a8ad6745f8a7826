/**
 * Which version of each programme answers for an as-of date: the latest whose effective range
 * contains it (an unpublished bound is open). A programme with none in force is reported as skipped.
 * A pinned programme (`--rules-version programme@version`) answers with that version whatever the date.
 */
import type { RuleVersion } from './load.js';

export interface Skipped {
  programme: string;
  /** The programme's title (of its nearest version), to name it to a reader. */
  title: { zh: string; en: string };
  /** The nearest version and its effective range, to say why. */
  version: string;
  from: string | null;
  to: string | null;
}

export interface Selection {
  selected: RuleVersion[];
  skipped: Skipped[];
}

/** A programme version chosen by the user, `programme@version`. */
export interface Pin {
  programme: string;
  version: string;
}

export function selectVersions(
  versions: readonly RuleVersion[],
  asOf: string,
  programmes?: readonly string[],
  pins: readonly Pin[] = [],
): Selection {
  const byProgramme = new Map<string, RuleVersion[]>();
  for (const v of versions) {
    const id = v.rule.programme.id;
    if (programmes && programmes.length > 0 && !programmes.includes(id)) continue;
    byProgramme.set(id, [...(byProgramme.get(id) ?? []), v]);
  }
  const selected: RuleVersion[] = [];
  const skipped: Skipped[] = [];
  for (const [programme, candidates] of [...byProgramme].sort(([a], [b]) => compare(a, b))) {
    const pin = pins.find((p) => p.programme === programme);
    const pinned = pin && candidates.find((v) => v.rule.programme.version === pin.version);
    if (pinned) {
      selected.push(pinned);
      continue;
    }
    const inForce = candidates
      .filter(({ rule: { effective: e } }) => (e.from === null || e.from <= asOf) && (e.to === null || asOf <= e.to))
      .sort((a, b) => compare(a.rule.effective.from ?? '', b.rule.effective.from ?? ''));
    const chosen = inForce.at(-1);
    if (chosen) selected.push(chosen);
    else {
      const nearest = candidates[0]!.rule;
      skipped.push({
        programme,
        title: nearest.programme.title,
        version: nearest.programme.version,
        from: nearest.effective.from,
        to: nearest.effective.to,
      });
    }
  }
  return { selected, skipped };
}

/** Code-point order: ids and ISO dates need no locale (and a collator costs start-up time). */
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
