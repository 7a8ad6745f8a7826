import type { RuleFile } from '../rules/schema.js';
import type { WindowState } from './types.js';

/**
 * The programme's application window on the as-of date, over all its windows: open if any contains it,
 * upcoming before the first opens, closed after the last closes; unknown where dates are unpublished.
 */
export function windowState(windows: RuleFile['windows'], asOf: string): WindowState {
  const dated = windows.filter((w) => w.opens !== null && w.closes !== null) as { opens: string; closes: string }[];
  if (dated.length === 0 || dated.length < windows.length) {
    const open = dated.some((w) => w.opens <= asOf && asOf <= w.closes);
    return { state: open ? 'open' : 'unknown', opens: earliest(dated), closes: latest(dated) };
  }
  const opens = earliest(dated)!;
  const closes = latest(dated)!;
  if (dated.some((w) => w.opens <= asOf && asOf <= w.closes)) return { state: 'open', opens, closes };
  if (asOf < opens) return { state: 'upcoming', opens, closes };
  if (asOf > closes) return { state: 'closed', opens, closes };
  // Between two windows: the next one is upcoming.
  return { state: 'upcoming', opens: earliest(dated.filter((w) => w.opens > asOf))!, closes };
}

const earliest = (ws: { opens: string }[]) => (ws.length ? ws.map((w) => w.opens).sort()[0]! : null);
const latest = (ws: { closes: string }[]) =>
  ws.length
    ? ws
        .map((w) => w.closes)
        .sort()
        .at(-1)!
    : null;
