/**
 * The words of rounds in time and of unpublished amounts, shared by every format: the sentence when no
 * round is open, the line under a history round, the pinned rounds, and a total that says what it leaves out.
 */
import type { RoundInfo } from '../engine/rounds.js';
import { pickWith, type Lang } from '../text/lang.js';
import { say, type Message } from '../text/messages.js';
import { formatYuan } from '../text/money.js';
import { formatDate } from '../text/show.js';

export const ROUND_TEXT = {
  'none-open-bundled': {
    en: (a) => `No bundled round is open or upcoming on ${a.asOf}: the newest, ${a.round}, ${a.ended}, so nothing counts towards the totals; to check against a current round, load its rules with ${a.load}.`,
    zh: (a) => `${a.asOf} 没有正在受理或即将受理的内置申报批次：最新的 ${a.round} ${a.ended}，因此不计入任何合计；如需按当前批次核对，请用 ${a.load} 加载其规则。`,
  },
  'none-open-loaded': {
    en: (a) => `No round in the loaded rules is open or upcoming on ${a.asOf}: the newest, ${a.round}, ${a.ended}, so nothing counts towards the totals; to check against a current round, load its rules with ${a.load}.`,
    zh: (a) => `${a.asOf} 所加载的规则中没有正在受理或即将受理的申报批次：最新的 ${a.round} ${a.ended}，因此不计入任何合计；如需按当前批次核对，请用 ${a.load} 加载其规则。`,
  },
  closed: { en: (a) => `closed on ${a.closes}`, zh: (a) => `已于 ${a.closes} 截止` },
  superseded: { en: (a) => `was superseded by ${a.successor}`, zh: (a) => `已由 ${a.successor} 接续` },
  history: {
    en: (a) => `History: this round ${a.ended}; not counted in any total (to count it, pin it with ${a.pin})`,
    zh: (a) => `历史批次：本批次${a.ended}；不计入任何合计（如需计入，请用 ${a.pin} 指定）`,
  },
  pinned: { en: (a) => `Pinned with ${a.option}: ${a.rounds} (counted as if open)`, zh: (a) => `已用 ${a.option} 指定：${a.rounds}（视为开放并计入合计）` },
  'pinned-one': { en: (a) => `pinned with ${a.option}: counted as if open`, zh: (a) => `已用 ${a.option} 指定：视为开放并计入合计` },
  'not-known': {
    en: (a) => `No round of ${a.programme} is known on ${a.asOf}${a.from ? ` (its ${a.version} round is known from ${a.from})` : ''}`,
    zh: (a) => `${a.asOf} 尚无 ${a.programme} 的已知申报批次${a.from ? `（其 ${a.version} 批次自 ${a.from} 起可知）` : ''}`,
  },
  'at-most': { en: (a) => `at most ${a.total}`, zh: (a) => `最多 ${a.total}` },
  unpublished: {
    en: (a) => ` + ${a.count} eligible measure${a.count === 1 ? '' : 's'} with no published amount`,
    zh: (a) => `，另有 ${a.count} 项符合条件的措施金额未公布`,
  },
} satisfies Record<string, Message>;

/** The option that pins a round, an argument of the messages: a command-line word, never translated. */
export const PIN_OPTION = { option: '--rules-version' };

export interface NoOpenRound {
  programme: string;
  version: string;
  /** The last closing date of the round, null when it is history by supersession alone. */
  closedOn: string | null;
  supersededBy: string | null;
}

/** The newest round, once every round is history, as the report names it. */
export function endedRound(newest: RoundInfo): NoOpenRound {
  const { programme, version, window, successor } = newest;
  return { programme, version, closedOn: window.state === 'closed' ? window.closes : null, supersededBy: successor && `${successor.programme}@${successor.version}` };
}

/** How a history round ended: "closed on 2023-05-12" or "was superseded by …". */
export function endedText(r: { closedOn: string | null; supersededBy: string | null }, l: 'en' | 'zh'): string {
  if (r.closedOn !== null) return ROUND_TEXT.closed[l]({ closes: formatDate(r.closedOn, l) });
  return ROUND_TEXT.superseded[l]({ successor: r.supersededBy ?? '' });
}

/** The one sentence that says no round is open, names the newest and says how to load current rules. */
export function noOpenRoundSentence(r: NoOpenRound, asOf: string, bundled: boolean, lang: Lang, titleZh?: string): string {
  const round = (l: 'en' | 'zh') => (l === 'zh' && titleZh ? `“${titleZh}”` : `${r.programme}@${r.version}`);
  return say(ROUND_TEXT[bundled ? 'none-open-bundled' : 'none-open-loaded'], lang, (l) => ({ asOf: formatDate(asOf, l), round: round(l), ended: endedText(r, l), load: l === 'en' ? '--rules <dir>' : '--rules <目录>' }));
}

/** `at most 2,000,000 + 1 eligible measure with no published amount`: an unpublished amount is not zero. */
export function totalText(total: number, unpublished: number, lang: Lang): string {
  const one = (l: 'en' | 'zh') => ROUND_TEXT['at-most'][l]({ total: formatYuan(total, l) }) + (unpublished > 0 ? ROUND_TEXT.unpublished[l]({ count: unpublished }) : '');
  return pickWith(lang, () => one('en'), () => one('zh'));
}
