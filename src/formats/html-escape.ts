/**
 * Text into HTML: everything a profile or a rule file says is text, never markup. Company names come
 * from profiles, which anyone can write, so every string goes through `esc` before it is placed.
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escaped for an element's content or a quoted attribute value. */
export function esc(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (ch) => ENTITIES[ch]!);
}

/** A link only for web addresses; anything else (`javascript:`, a file) stays plain text. */
export function link(url: string): string {
  return /^https?:\/\/[^\s"'<>]+$/i.test(url) ? `<a href="${esc(url)}">${esc(url)}</a>` : esc(url);
}

/** An element with escaped text content and literal attributes (the caller's constants). */
export function el(tag: string, text: string, attributes = ''): string {
  return `<${tag}${attributes ? ` ${attributes}` : ''}>${esc(text)}</${tag}>`;
}
