/**
 * RFC 5545 text: escaping (§3.3.11) and content lines folded at 75 octets (§3.1), CRLF-terminated.
 * A fold never splits a UTF-8 character: Chinese text takes three octets a character.
 */

/** TEXT value: backslash, semicolon and comma escaped; a line break as `\n`; other controls dropped. */
export function escapeText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');
}

const OCTETS = 75;

/** One content line, folded: each physical line at most 75 octets, continuations starting with a space. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const octets = Buffer.byteLength(ch, 'utf8');
    if (size + octets > OCTETS) {
      parts.push(current);
      current = ' ';
      size = 1;
    }
    current += ch;
    size += octets;
  }
  parts.push(current);
  return parts.join('\r\n');
}

/** Content lines into a calendar stream: every line folded and ended with CRLF. */
export function contentLines(lines: readonly string[]): string {
  return lines.map((l) => `${foldLine(l)}\r\n`).join('');
}

/** `2022-07-15` → `20220715`. */
export const icsDate = (day: string) => day.replace(/-/g, '');

/** The day after `day` (an all-day event's DTEND is exclusive). */
export function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}
