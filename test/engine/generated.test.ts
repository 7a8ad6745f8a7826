/**
 * Rule text never becomes code: a generated condition function (src/engine/generated.ts) reads fact
 * names and values from its constants, so a hostile name or value is compared as data.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compilePaths, resultOf, type Context, type Recorder } from '../../src/engine/conditions.js';
import { Decision, QUIET } from '../../src/engine/decision.js';
import type { Condition } from '../../src/rules/schema.js';
import { context, leaf, project } from '../builders.js';

const HOSTILE = [
  '"]; globalThis.pwned = 1; //',
  "'); globalThis.pwned = 1; ('",
  '*/ globalThis.pwned = 1; /*',
  '\\"; globalThis.pwned = 1; \\',
  'a\u2028globalThis.pwned = 1\u2029',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template placeholder as rule text, the point of the test
  '${globalThis.pwned = 1}',
  '`; globalThis.pwned = 1; `',
  '\n}; globalThis.pwned = 1; {',
];

const quiet: Recorder = { tree: null, everyLeaf: false, leaf: () => {} };
const declared = globalThis as { pwned?: unknown };

afterEach(() => {
  delete declared.pwned;
});

/** The results of both generated functions and of the closures, which must agree. */
function each(condition: Condition, ctx: Context): string[] {
  const paths = compilePaths(condition, 'measure', new Map());
  return [resultOf(paths.decision(ctx, new Decision(ctx))), resultOf(paths.quiet(ctx, QUIET)), resultOf(paths.general(ctx, quiet))];
}

describe('generated conditions on hostile rule text', () => {
  for (const text of HOSTILE)
    it(`compare ${JSON.stringify(text)} as a fact name and as a value, running none of it`, () => {
      const company = leaf({ fact: `company.${text}`, op: 'eq', value: text });
      const perProject = leaf({ fact: `projects[].${text}`, op: 'ne', value: text });
      const listed = leaf({ fact: `company.${text}`, op: 'in', value: [text, 'x'] });
      const tree: Condition = { all: [company, { any: [perProject, { not: listed }] }] };
      expect(each(company, context({ [text]: text }))).toEqual(['pass', 'pass', 'pass']);
      expect(each(company, context({ [text]: `${text}!` }))).toEqual(['fail', 'fail', 'fail']);
      expect(each(company, context({}))).toEqual(['unknown', 'unknown', 'unknown']);
      expect(each(perProject, context({}, project({ [text]: 'other' })))).toEqual(['pass', 'pass', 'pass']);
      expect(each(tree, context({ [text]: text }, project({ [text]: text })))).toEqual(['fail', 'fail', 'fail']);
      expect(declared.pwned).toBeUndefined();
      const paths = compilePaths(tree, 'measure', new Map());
      const ctx = context({});
      paths.decision(ctx, new Decision(ctx));
      paths.quiet(ctx, QUIET);
      // Each function's source names constants only: no character of the rule's text is in it.
      for (const made of [paths.decision, paths.quiet]) {
        expect(made.toString()).toContain('generatedCondition');
        expect(made.toString()).not.toContain('pwned');
      }
    });
});

describe('generated conditions where code generation is switched off', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('fall back to the closures (node --disallow-code-generation-from-strings)', () => {
    vi.stubGlobal('Function', function refused() {
      throw new EvalError('Code generation from strings disallowed for this context');
    });
    const tree: Condition = {
      all: [leaf({ fact: 'company.credit', op: 'eq', value: 'good' }), leaf({ fact: 'company.x', op: 'present' })],
    };
    const paths = compilePaths(tree, 'measure', new Map());
    const bad = context({ credit: 'bad', x: 1 });
    expect(resultOf(paths.decision(bad, new Decision(bad)))).toBe('fail');
    expect(resultOf(paths.quiet(context({ credit: 'good', x: 1 }), QUIET))).toBe('pass');
    expect(paths.decision).toBe(paths.general);
    expect(paths.quiet).toBe(paths.general);
  });
});

describe('generating a condition function', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('waits for the first call that needs it, and happens once', () => {
    const real = Function;
    const made = vi.fn(function make(...args: string[]) {
      return new real(...args);
    });
    vi.stubGlobal('Function', made);
    const paths = compilePaths(leaf({ fact: 'company.credit', op: 'eq', value: 'good' }), 'measure', new Map());
    expect(made).not.toHaveBeenCalled();
    const tracing: Recorder = { tree: null, everyLeaf: true, leaf: () => {} };
    expect(resultOf(paths.general(context({ credit: 'good' }), tracing))).toBe('pass');
    expect(made).not.toHaveBeenCalled();
    const [good, bad] = [context({ credit: 'good' }), context({ credit: 'bad' })];
    expect(resultOf(paths.decision(good, new Decision(good)))).toBe('pass');
    expect(resultOf(paths.decision(bad, new Decision(bad)))).toBe('fail');
    expect(made).toHaveBeenCalledTimes(1);
    expect(resultOf(paths.quiet(bad, QUIET))).toBe('fail');
    expect(resultOf(paths.quiet(good, QUIET))).toBe('pass');
    expect(made).toHaveBeenCalledTimes(2);
    expect(paths.decision).not.toBe(paths.general);
    expect(paths.quiet).not.toBe(paths.general);
  });
});
