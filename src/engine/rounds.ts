/**
 * Each rule version is one round: one call for applications. On an as-of date a round is
 * - `current`: its window is open, upcoming or not published — a company can still apply;
 * - `history`: every window has closed, or a successor known on that date supersedes it — shown,
 *   never counted in totals, gates, checklists or advice (domain notes, "Rounds and the as-of date");
 * - `pinned`: chosen with `--rules-version`, answered as if open, so it counts.
 * A round is never offered before its `effective.from`: selection (rules/select.ts) skips it.
 * Rounds depend on the rules and the date only, never on a profile: worked out once per run.
 */
import type { RuleVersion } from '../rules/load.js';
import type { Evidence } from '../rules/schema.js';
import type { WindowState } from './types.js';
import { windowState } from './window.js';

export const ROUNDS = ['current', 'history', 'pinned'] as const;
export type Round = (typeof ROUNDS)[number];

export interface RoundInfo {
  programme: string;
  version: string;
  /** The round's title in Chinese, to name it to a Chinese reader. */
  titleZh: string;
  round: Round;
  window: WindowState;
  /** The successor known on the as-of date, with the evidence of the link; null when none. */
  successor: { programme: string; version: string; titleZh: string; evidence: Evidence; cite: string } | null;
}

/** Whether a round's amounts count in totals and gates. */
export const counts = (round: Round): boolean => round !== 'history';

/** The round of each selected version on `asOf`; `pinned` lists the programme ids chosen with `--rules-version`. */
export function roundsOf(selected: readonly RuleVersion[], asOf: string, pinned: readonly string[] = []): RoundInfo[] {
  return selected.map((v) => {
    const { programme } = v.rule;
    const window = windowState(v.rule.windows, asOf);
    const next = selected.find((o) => o.rule.programme.supersedes?.programme === programme.id && known(o, asOf));
    const successor = next
      ? {
          programme: next.rule.programme.id,
          version: next.rule.programme.version,
          titleZh: next.rule.programme.title.zh,
          evidence: next.rule.programme.supersedes!.evidence,
          cite: next.rule.programme.supersedes!.cite,
        }
      : null;
    const round: Round = pinned.includes(programme.id) ? 'pinned' : successor || window.state === 'closed' ? 'history' : 'current';
    return { programme: programme.id, version: programme.version, titleZh: programme.title.zh, round, window, successor };
  });
}

/** A successor supersedes from the date it is known; an unpublished start is taken as known. */
const known = (v: RuleVersion, asOf: string) => v.rule.effective.from === null || v.rule.effective.from <= asOf;

/**
 * When no round is current or pinned: the newest history round (the last to close) to name in the
 * sentence that says so. Undefined when some round can still be applied to, or none is selected.
 */
export function newestClosed(rounds: readonly RoundInfo[]): RoundInfo | undefined {
  if (rounds.length === 0 || rounds.some((r) => counts(r.round))) return undefined;
  return [...rounds].sort((a, b) =>
    (a.window.closes ?? '') < (b.window.closes ?? '') ? 1 : (a.window.closes ?? '') > (b.window.closes ?? '') ? -1 : 0,
  )[0];
}
