/**
 * The phrasebook's one way to put words in a language, and what `--lang both` means.
 *
 * A message is a pair of templates, English and Chinese, kept in a catalogue (`catalogues/`, each
 * registered in `registry.ts`, so a test checks that every one has a translation). A rule's own text is
 * a pair of strings (`Bilingual`); a sentence put together from several messages is a function of the
 * language. `say` renders all three.
 *
 * What `both` means:
 * - **a sentence** — `say(message, lang)`: each language in full, English first, joined by ` / `
 *   (`eligible / 符合`); said once when both read the same (an id, a number).
 * - **words around text already in both languages** — a framed title or summary (`When: <label> —
 *   <phrase>`), the layout of `rules show`, a diagnostic — `say(message, once(lang), args)`: said once,
 *   in English, since saying the frame per language would repeat the text inside it.
 * - **a table cell** holds a sentence on two lines, English above Chinese: `cellLines`.
 */
import type { Bilingual } from '../rules/schema.js';
import type { Lang, OneLang } from './lang.js';

export type TextArgs = Record<string, string | number>;

export interface Message {
  en: (a: TextArgs) => string;
  zh: (a: TextArgs) => string;
}

/** Arguments shown inside a message (money, dates, districts) are rendered per language, hence the function form. */
export type ArgsFor = TextArgs | ((lang: OneLang) => TextArgs);

/** What `say` renders: a catalogue's message, a rule's own text, or a sentence composed per language. */
export type Sayable = Message | Bilingual | ((lang: OneLang) => string);

export function say(text: Sayable, lang: Lang, args: ArgsFor = {}): string {
  const one = (l: OneLang): string => {
    if (typeof text === 'function') return text(l);
    const template = text[l];
    return typeof template === 'string' ? template : template(typeof args === 'function' ? args(l) : args);
  };
  if (lang !== 'both') return one(lang);
  const en = one('en');
  const zh = one('zh');
  return en === zh ? en : `${en} / ${zh}`;
}

/** The language of words said once: Chinese for `zh`, else English (see "words around text" above). */
export const once = (lang: Lang): OneLang => (lang === 'zh' ? 'zh' : 'en');

/**
 * A `both` sentence as the lines of a table cell: split at the ` / ` that `say` puts before the Chinese
 * (the first ` / ` followed, within a few characters, by Chinese), so a cell reads English above Chinese.
 */
export function cellLines(text: string): string[] {
  const at = text.search(/ \/ (?=.{0,12}[\u3000-\u9fff\uff00-\uffef])/u);
  return at < 0 ? [text] : [text.slice(0, at), text.slice(at + 3)];
}
