/** Caveats rendered from their codes; the rules' own text where they give one. */
import type { Caveat } from '../engine/types.js';
import { CAVEAT_TEXT } from '../text/catalogues/caveats.js';
import { evidenceWord, isEvidence } from '../text/evidence.js';
import type { Lang } from '../text/lang.js';
import { say, type TextArgs } from '../text/messages.js';
import { formatYuan } from '../text/money.js';

export function renderCaveat(caveat: Caveat, lang: Lang): string {
  if (!Object.hasOwn(CAVEAT_TEXT, caveat.code)) return caveat.code;
  const message = CAVEAT_TEXT[caveat.code as keyof typeof CAVEAT_TEXT];
  const { args } = caveat;
  return say(message, lang, (l) => {
    // Assigned, not spread in pieces: conditional spreads made each a slow dictionary object.
    const shown: TextArgs = Object.assign({}, args as TextArgs);
    shown.text = caveat.text ? caveat.text[l] : '';
    if (isEvidence(args.evidence)) shown.evidence = evidenceWord(args.evidence, l);
    if (args.before !== undefined) shown.before = formatYuan(Number(args.before), l);
    if (args.cap !== undefined) shown.cap = formatYuan(Number(args.cap), l);
    return shown;
  });
}
