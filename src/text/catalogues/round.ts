/**
 * The words of rounds in time and of unpublished amounts, shared by every format: the sentence when no
 * round is open, the line under a history round, the pinned rounds, and a total that says what it leaves out.
 */
import type { Message } from '../messages.js';

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
