/** Escaping for Markdown that GitHub, GitLab and editors render: profile and rule text shown as written. */
/**
 * Text that Markdown shows as written, and stays readable as plain text: backslashes before what opens
 * emphasis, code, links and table cells (`_` only where it could: not between letters, as in
 * `tax_district`); `<` and `>` as entities, so no HTML passes; `&` only where it would start an entity;
 * a line break becomes a space; `://` and `www.` keep a backslash, so no bare address becomes a link.
 * Used for every cell of the summary table (also the GitHub job summary) and the client report.
 */
export function md(text: string): string {
  return text
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/[\\`*[\]|~]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, (ch) => `\\${ch}`)
    .replace(/&(?=#?\w+;)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/:\/\//g, '\\://')
    .replace(/\b(www)\./gi, '$1\\.');
}
