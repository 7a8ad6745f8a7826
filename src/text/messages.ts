/**
 * Messages in both languages, kept in catalogues so a test can check that every one has a
 * translation. A message is a pair of templates; `say` renders it in the chosen language.
 */
import { pick, type Lang } from './lang.js';

export type TextArgs = Record<string, string | number>;

export interface Message {
  en: (a: TextArgs) => string;
  zh: (a: TextArgs) => string;
}

/** Arguments shown inside a message (money, dates, districts) are rendered per language, hence the function form. */
export type ArgsFor = TextArgs | ((lang: 'en' | 'zh') => TextArgs);

export function say(message: Message, lang: Lang, args: ArgsFor = {}): string {
  const one = (l: 'en' | 'zh') => message[l](typeof args === 'function' ? args(l) : args);
  return lang === 'both' ? pick({ en: one('en'), zh: one('zh') }, 'both') : one(lang);
}

/**
 * A message around text already rendered in the chosen language (a title, a summary from the report).
 * With `both`, that text holds both languages already: repeating the message per language would repeat
 * it, so the frame is given once, in English.
 */
export function frame(message: Message, lang: Lang, args: TextArgs): string {
  return message[lang === 'both' ? 'en' : lang](args);
}
