/**
 * Turn one raw profile value into the normalised value of its declared type, or say why not.
 * Never lenient in silence: a value of the wrong type is a problem, not `false`.
 */
import { printable } from '../source/printable.js';
import type { Args, Code } from '../diagnostics/catalogue.js';
import { parseDate, plainDate, type DateValue } from './dates.js';
import { knownDistrictSpelling, normaliseDistrict, SHANGHAI_DISTRICTS } from './district.js';
import { suggest } from './suggest.js';
import { MAX_YUAN, parseMoney } from './money.js';
import { checkUscc } from './uscc.js';
import type { FactSpec } from './vocabulary.js';

/** A normalised fact value. Money and numbers are numbers (yuan); dates carry their precision. */
export type Value = boolean | string | number | readonly string[] | readonly number[] | DateValue;

export type Normalised = { ok: true; value: Value; warning?: { code: Code; args: Args } } | { ok: false; code: Code; args: Args };

const EXPECTED: Record<FactSpec['type'], [string, string]> = {
  boolean: ['true or false', '布尔值 true 或 false'],
  text: ['text', '文本'],
  enum: ['one of the listed values', '可选值之一'],
  list: ['a list', '列表'],
  years: ['a list of years such as [2019, 2020]', '年份列表，如 [2019, 2020]'],
  money: ['an amount', '金额'],
  date: ['a date', '日期'],
  district: ['a district name', '区名'],
  number: ['a number', '数字'],
};

export function describe(raw: unknown): string {
  if (raw === null) return 'null';
  if (Array.isArray(raw)) return 'a list';
  if (typeof raw === 'object') return 'a mapping';
  const text = typeof raw === 'string' ? `"${printable(raw)}"` : String(raw);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/**
 * Characters no profile text needs and a terminal or a reader may be fooled by: ESC and the C1 controls
 * (which start terminal escape sequences), backspace and DEL (which overwrite what was shown), and the
 * bidirectional overrides and isolates (which reorder it). Other C0 controls are inert on a terminal,
 * and each format that cannot carry them replaces them.
 */
const CONTROL = /[\u0008\u001b\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
/** The same characters, asked without a match array: every text value of every profile is asked. */
const HAS_CONTROL = new RegExp(CONTROL.source);

export { printable };

function typeError(spec: FactSpec, path: string, raw: unknown): Normalised {
  const [expected, expectedZh] = EXPECTED[spec.type];
  return { ok: false, code: 'profile/type', args: { path, expected, expectedZh, found: describe(raw) } };
}

/** The largest number (staff, units, area) a profile may state, as money is held to 10^12 yuan. */
const MAX_NUMBER = 1e12;

/** Longest text a profile value may hold: a registered name is under 100 characters, a project title a few hundred. */
export const MAX_TEXT_LENGTH = 1000;

/**
 * A text (or a list item) longer than MAX_TEXT_LENGTH or holding a control character, refused before
 * any parser or suggestion looks at it, and before it can reach a terminal.
 */
export function textProblem(path: string, raw: unknown): Normalised | undefined {
  if (Array.isArray(raw)) {
    const index = raw.findIndex((x) => textProblem(path, x) !== undefined);
    return index < 0 ? undefined : textProblem(`${path}[${index}]`, raw[index]);
  }
  if (typeof raw !== 'string') return undefined;
  if (raw.length > MAX_TEXT_LENGTH)
    return { ok: false, code: 'profile/too-long', args: { path, length: raw.length, max: MAX_TEXT_LENGTH } };
  const control = HAS_CONTROL.test(raw) ? raw.match(CONTROL)?.[0] : undefined;
  if (control)
    return {
      ok: false,
      code: 'profile/control-character',
      args: { path, char: `U+${control.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` },
    };
  return undefined;
}

/**
 * What normaliseValue gives a value already written in normal form (a boolean, a listed enum value, an
 * integer amount of yuan, a `YYYY-MM` or `YYYY-MM-DD` date, a district as commonly spelt, plain text),
 * found without building a path or a result; undefined for any other value, which then takes the
 * general path with its problems and warnings. Most facts of most profiles are plain, and reading them
 * through the general path was the larger part of reading a JSON line. test/profile/plain-value.test.ts
 * holds it to normaliseValue.
 */
export function plainValue(spec: FactSpec, raw: unknown): Value | undefined {
  switch (spec.type) {
    case 'boolean':
      return typeof raw === 'boolean' ? raw : undefined;
    case 'text':
      return typeof raw === 'string' && plainText(raw) ? raw : undefined;
    case 'enum':
      return typeof raw === 'string' && plainText(raw) ? vocabularyValue(spec, raw) : undefined;
    case 'number':
      return typeof raw === 'number' && Number.isFinite(raw) && Math.abs(raw) <= MAX_NUMBER ? raw : undefined;
    case 'money':
      // An integer's text has no fraction to shift; + 0 turns -0 into the 0 the general path reads.
      return typeof raw === 'number' && Number.isInteger(raw) && raw >= 0 && raw <= MAX_YUAN ? raw + 0 : undefined;
    case 'date':
      return typeof raw === 'string' ? plainDate(raw) : undefined;
    case 'district':
      return typeof raw === 'string' ? knownDistrictSpelling(raw) : undefined;
    default:
      return undefined;
  }
}

/**
 * The vocabulary's own copy of a listed value, or undefined when it is not listed: the same text, but
 * the one the rules' conditions compare with (src/engine/generated.ts keeps theirs internalised), so an
 * equal value is found by comparing two pointers instead of every character of a text sliced from
 * the profile's line (two bytes a character when the line has Chinese in it).
 */
function vocabularyValue(spec: FactSpec, raw: string): string | undefined {
  const at = spec.values === undefined ? -1 : spec.values.indexOf(raw);
  return at < 0 ? undefined : spec.values![at];
}

/** A text textProblem has nothing to say about (it makes no object then). */
const plainText = (raw: string) => textProblem('', raw) === undefined;

export function normaliseValue(spec: FactSpec, path: string, raw: unknown): Normalised {
  const bad = textProblem(path, raw);
  if (bad) return bad;
  switch (spec.type) {
    case 'boolean':
      return typeof raw === 'boolean' ? { ok: true, value: raw } : typeError(spec, path, raw);
    case 'text':
      return typeof raw === 'string' || typeof raw === 'number' ? { ok: true, value: String(raw) } : typeError(spec, path, raw);
    case 'number':
      if (typeof raw !== 'number' || !Number.isFinite(raw)) return typeError(spec, path, raw);
      // Bounded as money is, so an amount computed from it (per unit, a tier) stays a finite number.
      if (Math.abs(raw) > MAX_NUMBER)
        return {
          ok: false,
          code: 'profile/type',
          args: { path, expected: 'a number from -10^12 to 10^12', expectedZh: '-10^12 到 10^12 之间的数', found: describe(raw) },
        };
      return { ok: true, value: raw };
    case 'enum': {
      if (typeof raw !== 'string') return typeError(spec, path, raw);
      const value = vocabularyValue(spec, raw);
      if (value !== undefined) return { ok: true, value };
      return {
        ok: false,
        code: 'profile/enum',
        args: { path, found: raw, expected: (spec.values ?? []).join(', '), suggestion: suggest(raw, spec.values ?? []) },
      };
    }
    case 'list':
      return Array.isArray(raw) && raw.every((x) => typeof x === 'string') ? list(spec, path, raw as string[]) : typeError(spec, path, raw);
    case 'years':
      return Array.isArray(raw) && raw.every((y) => Number.isInteger(Number(y)) && /^\d{4}$/.test(String(y)))
        ? { ok: true, value: raw.map(Number) }
        : typeError(spec, path, raw);
    case 'money':
      return money(path, raw);
    case 'date':
      return date(path, raw);
    case 'district':
      return district(path, raw, spec);
  }
}

/** A list value's id: its alias's, looked up as the table's own key ("constructor" is not an alias), or the value itself. */
const aliasOf = (spec: FactSpec, value: string): string =>
  spec.aliases !== undefined && Object.hasOwn(spec.aliases, value) ? spec.aliases[value]! : value;

/** Chinese names become their ids; in a closed list an unknown value is an error, not a quiet miss. */
function list(spec: FactSpec, path: string, raw: readonly string[]): Normalised {
  const value = raw.map((x) => aliasOf(spec, x.trim()));
  const known = spec.values ?? [];
  const bad = spec.open || known.length === 0 ? -1 : value.findIndex((x) => !known.includes(x));
  if (bad < 0) return { ok: true, value };
  return {
    ok: false,
    code: 'profile/enum',
    args: { path: `${path}[${bad}]`, found: raw[bad], expected: known.join(', '), suggestion: suggest(value[bad]!, known) },
  };
}

function money(path: string, raw: unknown): Normalised {
  const parsed = parseMoney(raw);
  return parsed.ok
    ? { ok: true, value: parsed.yuan }
    : { ok: false, code: 'profile/money', args: { path, found: describe(raw).replace(/^"|"$/g, ''), reason: parsed.reason } };
}

function date(path: string, raw: unknown): Normalised {
  const parsed = parseDate(raw);
  return parsed.ok
    ? { ok: true, value: parsed.value }
    : { ok: false, code: 'profile/date', args: { path, found: describe(raw).replace(/^"|"$/g, ''), reason: parsed.reason } };
}

/**
 * A district outside Shanghai is compared as written (a warning); one that looks like a misspelt
 * Shanghai district is an error, since comparing `purtuo` with `putuo` would read as "not in Putuo".
 */
function district(path: string, raw: unknown, spec: FactSpec): Normalised {
  const parsed = normaliseDistrict(raw);
  if (!parsed.ok) return typeError(spec, path, raw);
  if (parsed.known) return { ok: true, value: parsed.value };
  const near = suggest(parsed.value.replace(/[\s-]+/g, ''), SHANGHAI_DISTRICTS);
  if (near) return { ok: false, code: 'profile/district', args: { path, found: String(raw), suggestion: near } };
  return { ok: true, value: parsed.value, warning: { code: 'profile/unknown-district', args: { path, found: String(raw) } } };
}

export function normaliseUscc(path: string, raw: unknown): Normalised {
  const bad = textProblem(path, raw);
  if (bad) return bad;
  const checked = checkUscc(raw);
  if (checked.ok) return { ok: true, value: checked.value };
  return {
    ok: false,
    code: 'profile/uscc',
    args: { path, found: describe(raw).replace(/^"|"$/g, ''), reason: checked.reason, expected: checked.expected },
  };
}
