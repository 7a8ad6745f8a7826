/** The profile reader's limits: text length, project count, problems per file; each at its boundary. */
import { describe, expect, it } from 'vitest';
import { MAX_DIAGNOSTICS, MAX_PROJECTS, readProfile } from '../../src/profile/read.js';
import { suggest } from '../../src/profile/suggest.js';
import { MAX_TEXT_LENGTH } from '../../src/profile/values.js';
import { COMPANY_VOCABULARY, PROJECT_VOCABULARY, vocabularyOf } from '../../src/profile/vocabulary.js';

const vocabulary = vocabularyOf(COMPANY_VOCABULARY, PROJECT_VOCABULARY);
const read = (text: string) => readProfile('x.yaml', text, 'yaml', vocabulary);
const codes = (text: string) => read(text).diagnostics.map((d) => d.code);

describe('text length', () => {
  it(`reads ${MAX_TEXT_LENGTH} characters and refuses one more, in a name, a fact or a list item`, () => {
    const ok = 'a'.repeat(MAX_TEXT_LENGTH);
    const long = `${ok}a`;
    expect(codes(`company:\n  name: ${ok}\n`)).toEqual([]);
    expect(read(`company:\n  name: ${long}\n`).diagnostics).toMatchObject([
      { code: 'profile/too-long', path: 'company.name', line: 2, args: { length: MAX_TEXT_LENGTH + 1 } },
    ]);
    expect(read(`company:\n  name: ${long}\n`).company.name).toBeNull();
    expect(codes(`company:\n  name: A\n  credit: ${long}\n`)).toEqual(['profile/too-long']);
    expect(read(`company:\n  name: A\n  fields: [ai, ${long}]\n`).diagnostics).toMatchObject([
      { code: 'profile/too-long', args: { path: 'company.fields[1]' } },
    ]);
  });

  it('refuses a long amount before its pattern runs', () => {
    // Read as money, this text would be profile/money: only the length was looked at.
    expect(codes(`company:\n  name: A\nprojects:\n  - id: p1\n    investment: "¥${' '.repeat(100_000)}x"\n`)).toEqual(['profile/too-long']);
    expect(codes(`company:\n  name: A\nprojects:\n  - id: p1\n    investment: "¥${' '.repeat(100)}x"\n`)).toEqual(['profile/money']);
  });

  it('shows a long unknown key cut short, without a suggestion', () => {
    const [d] = read(`company:\n  name: A\n  ? ${'k'.repeat(50_000)}\n  : 1\n`).diagnostics;
    expect(d).toMatchObject({ code: 'profile/unknown-key', severity: 'warning', line: 3 });
    expect(d!.path.length).toBeLessThan(60);
    expect(d!.args.suggestion).toBeUndefined();
  });

  it('finds no suggestion for a huge word', () => {
    // A million-letter word against the vocabulary: suggest() skips every candidate by length alone
    // (the edit-distance table would hold millions of cells per candidate).
    expect(suggest('x'.repeat(1_000_000), Object.keys(COMPANY_VOCABULARY))).toBeUndefined();
  });
});

describe('projects', () => {
  const profile = (n: number) => `company:\n  name: A\nprojects:\n${Array.from({ length: n }, (_, i) => `  - id: p${i}\n`).join('')}`;

  it(`reads ${MAX_PROJECTS} projects and refuses one more`, () => {
    expect(read(profile(MAX_PROJECTS)).profile?.projects).toHaveLength(MAX_PROJECTS);
    expect(read(profile(MAX_PROJECTS + 1)).diagnostics).toMatchObject([
      { code: 'profile/too-many-projects', line: 4, args: { count: MAX_PROJECTS + 1 } },
    ]);
  });
});

describe('problems per file', () => {
  const keys = (n: number) => `company:\n  name: A\n${Array.from({ length: n }, (_, i) => `  key${i}: 1\n`).join('')}`;

  it(`lists ${MAX_DIAGNOSTICS} warnings and keeps the profile; past that, refuses the file`, () => {
    const within = read(keys(MAX_DIAGNOSTICS));
    expect(within.profile).toBeDefined();
    expect(within.diagnostics).toHaveLength(MAX_DIAGNOSTICS);
    const past = read(keys(MAX_DIAGNOSTICS + 5));
    expect(past.profile).toBeUndefined();
    expect(past.diagnostics).toHaveLength(MAX_DIAGNOSTICS + 1);
    expect(past.diagnostics.at(-1)).toMatchObject({ code: 'profile/too-many-problems', severity: 'error', args: { omitted: 5 } });
  });
});

describe('control characters', () => {
  it.each([
    ['ESC', '\\e[2J', 'U+001B'],
    ['backspace', '\\b', 'U+0008'],
    ['a C1 control', '\\x9b', 'U+009B'],
    ['a bidi override', '\\u202e', 'U+202E'],
  ])('refuses %s in a text, naming it', (_, written, char) => {
    expect(read(`company:\n  name: "上海${written}公司"\n`).diagnostics).toMatchObject([
      { code: 'profile/control-character', path: 'company.name', args: { char } },
    ]);
    expect(read(`company:\n  name: A\n  fields: [ai, "x${written}"]\n`).diagnostics).toMatchObject([
      { code: 'profile/control-character', args: { path: 'company.fields[1]' } },
    ]);
  });

  it('accepts tabs and line ends, which a block of text may hold, and the inert C0 controls', () => {
    expect(codes('company:\n  name: "上海\\t测试\\r\\n公司\\a"\n')).toEqual([]);
  });

  it('writes a key’s control characters out in the warning', () => {
    const [d] = read('company:\n  name: A\n  "credit\\e[31m": good\n').diagnostics;
    expect(d).toMatchObject({ code: 'profile/unknown-key', path: 'company.credit\\u001b[31m' });
  });
});

describe('numbers YAML reads as infinite or not a number', () => {
  const withStaff = vocabularyOf({ ...COMPANY_VOCABULARY, staff: { type: 'number' as const } }, PROJECT_VOCABULARY);
  const staff = (value: string) => readProfile('x.yaml', `company:\n  name: A\n  staff: ${value}\n`, 'yaml', withStaff);

  it.each(['1e400', '.inf', '-.inf', '.nan'])('refuses %s in a number field', (value) => {
    expect(staff(value).diagnostics.map((d) => d.code)).toEqual(['profile/type']);
  });

  it('accepts a negative number: a number fact may be a change or a balance', () => {
    expect(staff('-5').profile?.company.staff).toBe(-5);
  });
});
