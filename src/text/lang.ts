export const LANGS = ['en', 'zh', 'both'] as const;
/** `--lang`: English, Chinese, or both (what `both` means: `messages.ts`). */
export type Lang = (typeof LANGS)[number];
/** One of the two languages, as a template is written in. */
export type OneLang = 'en' | 'zh';
