/**
 * `--fail-on` gates: conditions on a file's result that make a CI run fail (exit 1).
 * Parsed once from the command line; applied to each file result; recorded in the report.
 */
import { parseMoney } from '../profile/money.js';
import type { CompactFileResult } from '../contracts/report.js';

const GATE_KINDS = ['invalid', 'undetermined', 'not-eligible', 'below'] as const;

type GateKind = (typeof GATE_KINDS)[number];

export type Gate = { kind: Exclude<GateKind, 'below'>; name: string } | { kind: 'below'; amount: number; name: string };

/** `invalid`, `undetermined`, `not-eligible` or `below:<amount>` (`below:500万`, `below:5000000`). */
export function parseGate(text: string): Gate | { error: string } {
  const plain = GATE_KINDS.find((k): k is Exclude<GateKind, 'below'> => k !== 'below' && k === text);
  if (plain) return { kind: plain, name: text };
  const below = /^below:(.+)$/.exec(text);
  if (below) {
    const money = parseMoney(below[1]);
    if (money.ok) return { kind: 'below', amount: money.yuan, name: text };
    return { error: `"${below[1]}" is not an amount (${money.reason}); write below:500万 or below:5000000` };
  }
  return { error: `"${text}" is not a gate; use invalid, undetermined, not-eligible or below:<amount>` };
}

/** A compact or a full result (the full one has every field the compact one has), before its gates. */
type Gated = Omit<CompactFileResult, 'gateHits' | 'gatesUndecided'>;

/** The names of the gates a file result hits, in the order the gates were given. */
export function gateHits(result: Gated, gates: readonly Gate[]): string[] {
  return gates.filter((g) => hits(result, g) && !undecided(result, g)).map((g) => g.name);
}

/**
 * The gates that cannot be decided: `below:` when the total is short but an eligible amount is
 * unpublished — unknown, not zero, so the file neither fails nor passes on it.
 */
export function gatesUndecided(result: Gated, gates: readonly Gate[]): string[] {
  return gates.filter((g) => hits(result, g) && undecided(result, g)).map((g) => g.name);
}

const undecided = (r: Gated, gate: Gate) => gate.kind === 'below' && r.unpublishedEligible > 0;

function hits(r: Gated, gate: Gate): boolean {
  // A history round (closed or superseded) is shown, never what a gate judges.
  const measures = r.programmes.filter((p) => p.round !== 'history').flatMap((p) => p.measures);
  switch (gate.kind) {
    case 'invalid':
      return !r.valid;
    case 'undetermined':
      return measures.some((m) => m.verdict === 'undetermined');
    case 'not-eligible':
      return r.valid && !measures.some((m) => m.verdict === 'eligible');
    case 'below':
      return r.valid && (r.maxTotal ?? 0) < gate.amount;
  }
}
