/**
 * The profile JSON Schema (`subsidy-check schema`), checked with ajv against the profile reader on
 * every fixture: what the reader accepts, the schema accepts; what it refuses, the schema refuses —
 * except the problems JSON Schema cannot express, listed here with why.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { profileJsonSchema } from '../../src/profile/json-schema.js';
import { parseMoney } from '../../src/profile/money.js';
import { readProfile } from '../../src/profile/read.js';
import { MONEY_PATTERN } from '../../src/profile/schema.js';
import { vocabularyFor } from '../../src/profile/vocabulary.js';
import { ajv2020 } from '../helpers-ajv.js';
import { bundledVersions } from '../helpers.js';

const versions = bundledVersions();
const vocabulary = vocabularyFor(versions.flatMap((v) => Object.entries(v.rule.facts)));
const validate = ajv2020().compile(profileJsonSchema(versions));

/** Problems JSON Schema cannot state: each needs arithmetic, a comparison between values, or the text before parsing. */
const NOT_EXPRESSIBLE: Record<string, (d: Diagnostic) => boolean> = {
  // The check character is a weighted sum modulo 31 of the other 17 characters: no arithmetic in JSON Schema.
  'USCC check character': (d) => d.code === 'profile/uscc' && d.args.reason === 'checksum',
  // Uniqueness of one property across the items of a list (uniqueItems compares whole items).
  'duplicate project ids': (d) => d.code === 'profile/duplicate-project',
  // An end before a start compares two values; JSON Schema compares a value with constants only.
  'a period that ends before it starts': (d) => d.code === 'profile/period',
  // Lost when the text is parsed into data, before any schema sees it.
  'a duplicate key': (d) => d.code === 'profile/duplicate-key',
  // "Close to a Shanghai district name" is an edit distance.
  'a misspelt Shanghai district': (d) => d.code === 'profile/district',
  // February 29 exists every fourth year, save centuries not divisible by 400: the day pattern allows 02-29.
  'February 29 of a common year': (d) => d.code === 'profile/date' && /-02-29$/.test(String(d.args.found)),
};

/** Text that is not data at all (a syntax error) has nothing to validate. */
const NOT_DATA = ['profile/syntax'];

function fixtures(dir: string): { file: string; text: string }[] {
  return readdirSync(dir)
    .filter((f) => /\.(ya?ml|json)$/.test(f))
    .sort()
    .map((f) => ({ file: join(dir, f), text: readFileSync(join(dir, f), 'utf8') }));
}

const cases = [...fixtures('fixtures/profiles'), ...fixtures('fixtures/invalid'), ...fixtures('fixtures/rules-diff/profiles')].map(
  ({ file, text }) => {
    const read = readProfile(file, text, file.endsWith('.json') ? 'json' : 'yaml', vocabulary);
    const errors = read.diagnostics.filter((d) => d.severity === 'error');
    return { file, text, valid: read.profile !== undefined, errors };
  },
);

describe('the profile JSON Schema', () => {
  it.each(cases.filter((c) => c.valid).map((c) => [c.file, c] as const))('accepts %s, which check reads as valid', (_file, c) => {
    const ok = validate(parse(c.text, { uniqueKeys: false }));
    expect(ok, JSON.stringify(validate.errors)).toBe(true);
  });

  const invalid = cases.filter((c) => !c.valid && !c.errors.some((d) => NOT_DATA.includes(d.code)));
  const unexpressible = (c: (typeof cases)[number]) => c.errors.every((d) => Object.values(NOT_EXPRESSIBLE).some((test) => test(d)));

  it.each(invalid.filter((c) => !unexpressible(c)).map((c) => [c.file, c] as const))('refuses %s, which check refuses', (_file, c) => {
    expect(validate(parse(c.text, { uniqueKeys: false }))).toBe(false);
  });

  it.each(invalid.filter(unexpressible).map((c) => [c.file, c] as const))(
    'cannot refuse %s (see NOT_EXPRESSIBLE), and accepts it',
    (_file, c) => {
      expect(validate(parse(c.text, { uniqueKeys: false }))).toBe(true);
    },
  );

  it('covers the fixtures this test means to: the expressible refusals and the known gaps', () => {
    const gaps = invalid.filter(unexpressible).map((c) => c.file);
    expect(gaps).toEqual([
      'fixtures/profiles/invalid-bad-uscc.json',
      'fixtures/invalid/duplicate-key.yaml',
      'fixtures/invalid/duplicate-project.yaml',
      'fixtures/invalid/period.yaml',
      'fixtures/invalid/uscc.yaml',
    ]);
    expect(invalid.filter((c) => !unexpressible(c)).map((c) => c.file)).toContain('fixtures/invalid/date.yaml');
  });

  it('refuses February 30 but cannot refuse February 29 of a common year', () => {
    const profile = (start: string) => ({ company: { name: 'A' }, projects: [{ id: 'p1', start }] });
    expect(validate(profile('2021-02-30'))).toBe(false);
    expect(validate(profile('2021-02-29'))).toBe(true);
    expect(validate(profile('2021-13'))).toBe(false);
  });

  it('reads money as the reader does: every text the pattern accepts parses, and what it refuses does not (or is negative)', () => {
    const pattern = new RegExp(MONEY_PATTERN);
    const samples = [
      '3000000',
      '3,000,000',
      '300万',
      '300万元',
      '0.3亿',
      '¥3,000,000',
      'RMB 300万',
      '3000000 yuan',
      '３００万',
      '1,2345',
      '三百万',
      '-5',
      '5-',
      '300 万元',
      '300万 元',
      'CNY300',
      '1.5',
      '',
    ];
    for (const text of samples) {
      const parsed = parseMoney(text);
      expect(pattern.test(text), text).toBe(parsed.ok);
    }
  });

  it('takes descriptions from the facts the rules declare', () => {
    const schema = profileJsonSchema(versions) as {
      properties: { company: { properties: Record<string, { title?: string; description?: string }> } };
    };
    expect(schema.properties.company.properties.credit!.title).toBe('Credit record / 信用记录');
    expect(schema.properties.company.properties.credit!.description).toContain("Is the company's credit record good?");
  });
});
