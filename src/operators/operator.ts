/**
 * What an operator is: one file under src/operators/ implements this for one `op` and registers under
 * that key in src/operators/registry.ts. Everything the tool does with a leaf goes through it: lint
 * (does the value fit the fact?), evaluation (the three-valued test, specialised once at compile time),
 * what it would take (the change that makes the leaf pass) and the words, in English and Chinese.
 */
import type { Facts, Project } from '../profile/read.js';
import type { Value } from '../profile/values.js';
import type { LeafChange } from './changes.js';
import type { ParsedLeaf } from './leaf.js';
import type { DeclaredFact, FactType, Scalar } from './vocabulary.js';

/** The facts a leaf reads: the company's, and those of the project a per-project measure is evaluated for. */
export interface Scope {
  company: Facts;
  project: Project | null;
}

/** A period as its first and last day (a month bound is the whole month). */
export interface Span {
  first: string;
  last: string;
}

interface CompileEnv {
  /** The rule's periods by id; lint has checked every `within` names one. */
  periods: ReadonlyMap<string, Span>;
}

/** A leaf compiled once: the test and what a trace shows of it. */
export interface CompiledTest {
  /** PASS, FAIL or UNKNOWN (src/operators/result.ts); allocates nothing. */
  test(scope: Scope): number;
  /** After an UNKNOWN: the fact paths whose absence made it so (`projects[0].investment`), each once, in a fresh list; else null. */
  missing(scope: Scope): readonly string[] | null;
  /** The profile's value as a trace shows it (`start..end` for a period); null when missing. */
  actual(scope: Scope): Value | string | null;
  /**
   * For a test that only compares one fact with one value (`eq`, `ne`): what `test` does, as data, so
   * the engine may compare in its own loop without calling `test` (the result must be the same).
   */
  equals?: Equality;
  /** For `gt`, `gte`, `lt`, `lte`: what `test` does, as data (the generated code compares in place). */
  compares?: Bound;
  /** For `in`: what `test` does with a value that is not a list, as data; a list value is left to `test`. */
  oneOf?: OneOf;
  /** For `within` on a project's two dates: what `test` does, as data. */
  spans?: Spans;
}

/** `test` of a comparison as data: the fact `key` (missing: UNKNOWN) against `limit`; holds: PASS, else `no`. */
export interface Bound {
  project: boolean;
  key: string;
  op: 'gt' | 'gte' | 'lt' | 'lte';
  limit: number;
  no: number;
}

/** `test` of `in` as data: the fact `key` (missing: UNKNOWN) is one of `values`: PASS; a list: `test` decides; else `no`. */
export interface OneOf {
  project: boolean;
  key: string;
  values: readonly Value[];
  no: number;
}

/**
 * `test` of `within` on the project's dates `startKey` and `endKey` as data: no project facts, UNKNOWN; a start
 * after `last` or an end before `first`, `no`; a date missing, UNKNOWN; inside, PASS; else `partial`.
 */
export interface Spans {
  startKey: string;
  endKey: string;
  first: string;
  last: string;
  no: number;
  partial: number;
}

/** `test` as data: the fact `key` of the company's facts or (`project`) the project's; missing: UNKNOWN, `want`: `yes`, else `other`. */
export interface Equality {
  project: boolean;
  key: string;
  want: Value;
  yes: number;
  other: number;
}

/** What a fix is computed from: the profile as evaluated, and the rule's declarations. */
export interface FixInput {
  /** The concrete path and value of a rule fact in the scope evaluated. */
  read(ruleFact: string): { fact: string; value: Value | undefined };
  declared(ruleFact: string): DeclaredFact | undefined;
  period(id: string): Span | undefined;
  /** A fact that says what the company or project is (src/engine/structural.ts). */
  structural(ruleFact: string): boolean;
  /** How the leaf came out: `unknown` with a value means a reviewer decides. */
  result: 'fail' | 'unknown';
}

/** How the caller shows values in one language (money in 万元, districts by name, dates as read). */
export interface Show {
  /** The declared type of the leaf's fact; `date` for `within`. */
  type: FactType | undefined;
  value(v: Scalar): string;
  date(text: string): string;
  /** The bounds of a declared period, as written in the rule; undefined when none has that id. */
  period(id: string): { from: string; to: string } | undefined;
}

type Lang2 = 'en' | 'zh';
type TextArgs = Record<string, string | number>;

/** A message as a pair of templates (the shape of src/report/messages.ts `Message`). */
export interface Phrase {
  en: (a: TextArgs) => string;
  zh: (a: TextArgs) => string;
}

export interface Operator<L extends ParsedLeaf = ParsedLeaf> {
  /** What is wrong with the leaf's fact and value for this operator, in words; undefined when nothing. */
  check(leaf: ParsedLeaf, declared: (fact: string) => DeclaredFact | undefined): string | undefined;
  compile(leaf: L, env: CompileEnv): CompiledTest;
  /** The ways to make a failing or unknown leaf pass; every change in one way is needed. None: no advice. */
  fixes(leaf: L, input: FixInput): LeafChange[][];
  /**
   * Whether `fixes` gives any, worked out without building them (what-it-takes often needs only that):
   * always the same answer as `fixes(leaf, input).length > 0`.
   */
  fixable(leaf: L, input: FixInput): boolean;
  /** The requirement, compact and language-neutral: `> 500000`, `in [a, b]`, `within 2020-01..2021-12`. */
  expected(leaf: L, show: Pick<Show, 'period'>): string;
  /** The requirement as read out: `> 50万元`, `one of completed, accepted`. */
  requirement(leaf: L, show: Show, lang: Lang2): string;
  /** The test as a sentence on the fact (already named by the caller): `company.credit is good`. */
  sentence(leaf: L, fact: string, show: Show, lang: Lang2): string;
  /** The operator's phrases, so the translation test sees every one. */
  text: Record<string, Phrase>;
}
