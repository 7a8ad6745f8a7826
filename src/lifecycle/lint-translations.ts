/**
 * Every bilingual text should read in both languages. The schema already refuses an empty string;
 * this flags text that is blank, a Chinese text with no Chinese in it, an English text written
 * only in Chinese, and a pair that is identical (a copy left untranslated). A text with no letters
 * of either script (`2020`, `S1 §2`) is language-neutral and passes.
 */
import type { Segment } from '../source/document.js';
import { type Check, type Finding, showPath as show } from '../rules/finding.js';

const HAN = /\p{Script=Han}/u;
const LATIN = /[A-Za-z]/;

interface Pair {
  path: Segment[];
  zh: string;
  en: string;
}

/** Every `{ zh, en }` object in the rule file, wherever it sits. */
function pairsIn(node: unknown, path: Segment[]): Pair[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => pairsIn(item, [...path, i]));
  if (node === null || typeof node !== 'object') return [];
  const record = node as Record<string, unknown>;
  const own = typeof record.zh === 'string' && typeof record.en === 'string' ? [{ path, zh: record.zh, en: record.en }] : [];
  return [...own, ...Object.entries(record).flatMap(([key, value]) => pairsIn(value, [...path, key]))];
}

const REASONS = {
  blank: ['the text is blank', '文本为空白'],
  'zh-not-chinese': ['the zh text has no Chinese in it', 'zh 文本不含中文'],
  'en-not-english': ['the en text is written only in Chinese', 'en 文本只有中文'],
  identical: ['zh and en are identical: one was not translated', 'zh 与 en 完全相同：有一方未翻译'],
} as const;

function problem({ zh, en }: Pair): { key: keyof typeof REASONS; field: 'zh' | 'en' } | undefined {
  if (zh.trim() === '') return { key: 'blank', field: 'zh' };
  if (en.trim() === '') return { key: 'blank', field: 'en' };
  if (zh === en && (HAN.test(zh) || LATIN.test(zh))) return { key: 'identical', field: 'en' };
  if (!HAN.test(zh) && LATIN.test(zh)) return { key: 'zh-not-chinese', field: 'zh' };
  if (HAN.test(en) && !LATIN.test(en)) return { key: 'en-not-english', field: 'en' };
  return undefined;
}

export const translations: Check = (rule) =>
  pairsIn(rule, []).flatMap((pair): Finding[] => {
    const found = problem(pair);
    if (!found) return [];
    const path = [...pair.path, found.field];
    const [reason, reasonZh] = REASONS[found.key];
    return [{ code: 'lint/translation', path, args: { path: show(path), reason, reasonZh } }];
  });
