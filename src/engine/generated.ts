/**
 * A compiled condition tree as one generated JavaScript function, for check's decisions and
 * what-it-takes' re-checks (src/engine/decision.ts): each leaf tested in straight-line code (an `eq` or
 * `ne` compared right there, any other leaf's test called), the outcomes combined without a loop, the
 * recorder told only of what it can need. The closures of src/engine/conditions.ts stay for tracing
 * recorders; both give the same outcome and the same decision (test/properties/generated.test.ts).
 *
 * Rules can come from users, so no text of a rule is ever written into the source: every value, leaf,
 * test and key reaches the function in the constants array `K`, read by index; the source holds only
 * names and numbers made here. (As ajv compiles a schema, without ajv's care for quoting.)
 */
import { FAIL, PASS, UNKNOWN } from '../operators/result.js';
import { order } from '../operators/within.js';
import { projectPath } from '../operators/kit.js';
import type { CompiledCondition, CompiledTree, LeafParts } from './conditions.js';

/** What a node's code leaves behind: a leaf's result (its rank known here), or any node's outcome. */
type Emitted = { result: string; rank: number } | { outcome: string };

/** The source of the function's body and the constants it reads, built by one walk of the tree. */
class Source {
  readonly lines: string[] = [];
  readonly constants: unknown[] = [];
  private names = 0;
  company = false;
  project = false;

  constructor(readonly mode: Mode) {}

  /** A constant the code reads by a name made here: `k3` is `K[3]`. A text is kept internalised (see `interned`). */
  constant(value: unknown): string {
    this.constants.push(typeof value === 'string' ? interned(value) : value);
    return `k${this.constants.length - 1}`;
  }

  name(prefix: string): string {
    return `${prefix}${this.names++}`;
  }
}

/**
 * The same text as V8's one internalised copy (a property name is one): a profile's value compared with it
 * is then a comparison of two pointers wherever the profile's text is internalised too (a district, an
 * id the reader made); otherwise the texts are compared as before. Same text, same results.
 */
function interned(text: string): string {
  const [key] = Object.keys({ [text]: true });
  return key === text ? key : text;
}

/** A number this module computed (a result code, an evidence rank), checked before it becomes source. */
function int(n: number): string {
  if (!Number.isInteger(n)) throw new Error(`generated conditions: ${n} is not an integer`);
  return String(n);
}

/**
 * What the function tells its recorder: `decision`, a `Decision` (src/engine/decision.ts), its fields
 * written in place for a plain leaf that fails (`against`) and its `unknownLeaf` called for one that is
 * unknown, `rec.leaf` (as the closures call it) only for a leaf under `not` or resting on an assumption;
 * `quiet`, nothing (the recorder is not read: what-it-takes' re-checks, which need the outcome alone).
 */
type Mode = 'decision' | 'quiet';

/**
 * The tree's function; null where code generation is switched off (`node --disallow-code-generation-from-strings`,
 * a hardened runtime): the caller then uses the closures for every recorder.
 */
export function generate(tree: CompiledTree, mode: Mode): CompiledCondition | null {
  const src = new Source(mode);
  const top = emit(tree, src);
  const result = 'result' in top ? `(${int(top.rank)} << 2) | ${top.result}` : top.outcome;
  const body = [
    src.company ? 'const c = ctx.company;' : '',
    src.project ? 'const pf = ctx.project === null ? undefined : ctx.project.facts;' : '',
    'let v;',
    ...src.lines,
    `return ${result};`,
  ];
  const names = src.constants.map((_, i) => `k${i} = K[${i}]`);
  const factory = `'use strict';\n${names.length > 0 ? `const ${names.join(', ')};\n` : ''}return function generatedCondition(ctx, rec) {\n${body.join('\n')}\n};`;
  try {
    // The only source is the one assembled above from names and integers made in this module.
    return new Function('K', factory)(src.constants) as CompiledCondition;
  } catch (error) {
    if (error instanceof EvalError) return null;
    throw error;
  }
}

function emit(tree: CompiledTree, src: Source): Emitted {
  if (tree.kind === 'leaf') return emitLeaf(tree.leaf, src);
  if (tree.kind === 'not') {
    const inner = emit(tree.inner, src);
    const o = src.name('o');
    if ('result' in inner) src.lines.push(`const ${o} = (${int(inner.rank)} << 2) | ${negation(inner.result)};`);
    else src.lines.push(`const ${o} = (${inner.outcome} & ~3) | ${negation(`(${inner.outcome} & 3)`)};`);
    return { outcome: o };
  }
  const decisive = tree.kind === 'all' ? FAIL : PASS;
  const otherwise = tree.kind === 'all' ? PASS : FAIL;
  const children = tree.children.map((c) => emit(c, src));
  // As `combine`: the strongest decisive child, else the weakest unknown, else the weakest of the rest.
  const [d, u, p, o] = [src.name('d'), src.name('u'), src.name('p'), src.name('o')];
  src.lines.push(`let ${d} = 4, ${u} = -1, ${p} = -1;`);
  for (const child of children) {
    let r: string;
    let k: string;
    if ('result' in child) {
      r = child.result;
      k = int(child.rank);
    } else {
      r = src.name('r');
      k = src.name('q');
      src.lines.push(`const ${r} = ${child.outcome} & 3, ${k} = ${child.outcome} >> 2;`);
    }
    src.lines.push(
      `if (${r} === ${int(decisive)}) { if (${k} < ${d}) ${d} = ${k}; } else if (${r} === ${int(UNKNOWN)}) { if (${k} > ${u}) ${u} = ${k}; } else if (${k} > ${p}) ${p} = ${k};`,
    );
  }
  src.lines.push(
    `const ${o} = ${d} < 4 ? (${d} << 2) | ${int(decisive)} : ${u} >= 0 ? (${u} << 2) | ${int(UNKNOWN)} : (${p} << 2) | ${int(otherwise)};`,
  );
  return { outcome: o };
}

/** `not` of a result code held in `r`. */
const negation = (r: string): string => `(${r} === ${int(PASS)} ? ${int(FAIL)} : ${r} === ${int(FAIL)} ? ${int(PASS)} : ${int(UNKNOWN)})`;

/** The comparisons as source: the operator names are this module's, never a rule's text. */
const SYMBOLS = { gt: '>', gte: '>=', lt: '<', lte: '<=' } as const;

/** An expression that reads one fact into `v`: the company's (`c`) or the project's (`pf`). */
function read(project: boolean, key: string, src: Source): string {
  const k = src.constant(key);
  if (project) {
    src.project = true;
    return `(v = pf === undefined ? undefined : pf[${k}])`;
  }
  src.company = true;
  return `(v = c[${k}])`;
}

/**
 * The leaf's test as an expression: compared in place when the operator gives it as data, else its test
 * called. `missing`, where the test is written here: its missing paths as an expression, valid right
 * after the test when it gave UNKNOWN (as the operator's `missing` gives them, a fresh list or null).
 */
function testOf(leaf: LeafParts, src: Source): { test: string; missing?: string; oneFact?: boolean } {
  const { equals: eq, compares: cmp, oneOf, spans } = leaf;
  // The operator's test as data (src/operators/kit.ts testEquals): the fact read and compared here.
  if (eq !== null)
    return {
      test: `${read(eq.project, eq.key, src)} === undefined ? ${int(UNKNOWN)} : v === ${src.constant(eq.want)} ? ${int(eq.yes)} : ${int(eq.other)}`,
      missing: missingOne(eq.project, eq.key, src),
      oneFact: true,
    };
  // As src/operators/compare.ts: a number against the limit.
  if (cmp !== null && Object.hasOwn(SYMBOLS, cmp.op) && typeof cmp.limit === 'number')
    return {
      test: `${read(cmp.project, cmp.key, src)} === undefined ? ${int(UNKNOWN)} : v ${SYMBOLS[cmp.op]} ${src.constant(cmp.limit)} ? ${int(PASS)} : ${int(cmp.no)}`,
      missing: missingOne(cmp.project, cmp.key, src),
      oneFact: true,
    };
  // As src/operators/in.ts, for a value that is not a list (=== is `includes` but for NaN, which no value compared here is).
  if (oneOf?.values.every((x) => !Number.isNaN(x))) {
    const any = oneOf.values.length === 0 ? 'false' : oneOf.values.map((x) => `v === ${src.constant(x)}`).join(' || ');
    return {
      test: `${read(oneOf.project, oneOf.key, src)} === undefined ? ${int(UNKNOWN)} : ${any} ? ${int(PASS)} : Array.isArray(v) ? ${src.constant(leaf.test)}(ctx) : ${int(oneOf.no)}`,
      missing: missingOne(oneOf.project, oneOf.key, src),
      oneFact: true,
    };
  }
  // As src/operators/within.ts on a project's dates.
  if (spans !== null) {
    src.project = true;
    const [s, e, f] = [src.name('s'), src.name('e'), src.name('f')];
    const [first, last, o] = [src.constant(spans.first), src.constant(spans.last), src.constant(order)];
    src.lines.push(
      `const ${s} = pf === undefined ? undefined : pf[${src.constant(spans.startKey)}], ${e} = pf === undefined ? undefined : pf[${src.constant(spans.endKey)}];`,
      // Whether a known date lies outside the period (`decide`'s first test in src/operators/within.ts).
      `const ${f} = pf !== undefined && !!((${s} && ${o}(${s}.first, ${last}) > 0) || (${e} && ${o}(${e}.last, ${first}) < 0));`,
    );
    // As within's `missing`: the dates that are missing, unless a known one lies outside; no project: `projects`.
    const [startPath, endPath] = [src.constant(projectPath(spans.startKey)), src.constant(projectPath(spans.endKey))];
    const both =
      spans.startKey === spans.endKey
        ? `[${startPath}(ctx.project.index)]`
        : `[${startPath}(ctx.project.index), ${endPath}(ctx.project.index)]`;
    return {
      test: `pf === undefined ? ${int(UNKNOWN)} : ${f} ? ${int(spans.no)} : !${s} || !${e} ? ${int(UNKNOWN)} : ${o}(${s}.first, ${first}) >= 0 && ${o}(${e}.last, ${last}) <= 0 ? ${int(PASS)} : ${int(spans.partial)}`,
      missing: `pf === undefined ? ['projects'] : ${f} || (${s} && ${e}) ? null : ${s} ? [${endPath}(ctx.project.index)] : ${e} ? [${startPath}(ctx.project.index)] : ${both}`,
    };
  }
  return { test: `${src.constant(leaf.test)}(ctx)` };
}

/** The missing paths of a one-fact leaf read into `v` (src/operators/kit.ts, `accessor` and `testOneFact`). */
function missingOne(project: boolean, key: string, src: Source): string {
  if (!project) return `v === undefined ? [${src.constant(`company.${key}`)}] : null`;
  return `v === undefined ? [pf === undefined ? 'projects' : ${src.constant(projectPath(key))}(ctx.project.index)] : null`;
}

/** A leaf's test and what the recorder is told of it, in tree order (as `combine` does). */
function emitLeaf(leaf: LeafParts, src: Source): Emitted {
  const r = src.name('r');
  const test = testOf(leaf, src);
  src.lines.push(`const ${r} = ${test.test};`);
  if (src.mode === 'quiet') return { result: r, rank: leaf.rank };
  const node = src.constant(leaf.node);
  const missing = src.constant(leaf.missing);
  if (leaf.quietPass) {
    // As `Decision.leaf` for a leaf under no `not` and resting on no assumption: a fail is against the measure, an
    // unknown is unknown, with its missing paths worked out where the test is written.
    // A one-fact leaf's value (`v`) is what its `actual` gives (`read.value ?? null`): kept, so that the deciding leaf need not read it again.
    src.lines.push(
      test.oneFact
        ? `if (${r} === ${int(FAIL)}) { if (rec.against === null) { rec.against = ${node}; rec.againstActual = v === undefined ? null : v; } } else if (${r} === ${int(UNKNOWN)}) rec.unknownLeaf(${node}, ${test.missing}, v === undefined ? null : v);`
        : `if (${r} === ${int(FAIL)}) { if (rec.against === null) rec.against = ${node}; } else if (${r} === ${int(UNKNOWN)}) rec.unknownLeaf(${node}, ${test.missing ?? `${missing}(ctx)`});`,
    );
    return { result: r, rank: leaf.rank };
  }
  // Under `not` or resting on an assumption: `Decision.leaf` is told of every result, as the closures tell it.
  src.lines.push(`rec.leaf(${node}, ctx, ${r}, ${r} === ${int(UNKNOWN)} ? ${missing}(ctx) : null);`);
  return { result: r, rank: leaf.rank };
}
