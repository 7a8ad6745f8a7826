/**
 * One profile text in, a normalised profile and every problem out, each with its path, line and column.
 * An absent (or empty) fact is `undefined`: the engine reads it as unknown, never false or zero. Every
 * fact object of a scope has every key of the scope's vocabulary (src/profile/facts.ts).
 */
import { diagnostic, hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import { parseSource, type Segment, type SourceDocument } from '../source/document.js';
import { copyFacts } from './facts.js';
import { suggest } from './suggest.js';
import { TEMPLATE_TEXT } from '../text/catalogues/template.js';
import { say } from '../text/messages.js';
import { describe, normaliseUscc, normaliseValue, plainValue, printable, textProblem, type Normalised, type Value } from './values.js';
import type { ScopeLayout, Vocabulary } from './vocabulary.js';

/** The name `template` writes for the company, in each of its languages (src/template/profile-yaml.ts). */
const PLACEHOLDER_NAMES: ReadonlySet<string> = new Set(
  (['en', 'zh', 'both'] as const).map((lang) => say(TEMPLATE_TEXT['name-placeholder'], lang)),
);

/** A scope's facts, every key of its vocabulary an own key; an absent fact is `undefined` (src/profile/facts.ts). */
export type Facts = Record<string, Value>;

export interface Project {
  id: string;
  /** Position in the profile's `projects` list: `projects[index]` in missing-fact paths. */
  index: number;
  facts: Facts;
}

export interface Profile {
  company: Facts;
  projects: Project[];
}

export interface ProfileRead {
  /** Present only when the profile has no errors. */
  profile?: Profile;
  /** Name and code as far as they could be read, for the report even of an invalid file. */
  company: { name: string | null; uscc: string | null };
  diagnostics: Diagnostic[];
}

const ROOT_KEYS = ['company', 'projects'];

/** A company applies with a handful of projects; each is evaluated against every measure, so the list is bounded. */
export const MAX_PROJECTS = 200;
/** Problems listed per file; past this the file is not read as a profile at all (one more diagnostic says so). */
export const MAX_DIAGNOSTICS = 200;
const isMapping = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

export function readProfile(file: string, text: string, format: 'yaml' | 'json', vocabulary: Vocabulary): ProfileRead {
  return readProfileSource(file, parseSource(text, format), format, vocabulary);
}

/**
 * The same reading from a document parsed elsewhere (a client sheet's rows as a profile object, with
 * cells for positions): one normalisation, so a sheet and a YAML file of one company read alike.
 */
export function readProfileSource(file: string, source: SourceDocument, format: string, vocabulary: Vocabulary): ProfileRead {
  const diagnostics: Diagnostic[] = source.problems.map((p) =>
    p.kind === 'duplicate-key'
      ? diagnostic('profile/duplicate-key', file, show(p.path ?? []), p.pos, { key: p.key })
      : diagnostic('profile/syntax', file, '', p.pos, { format: format.toUpperCase(), reason: p.reason }),
  );
  const root = source.value;
  const unnamed = { name: null, uscc: null };
  if (diagnostics.length > 0) return { company: unnamed, diagnostics };
  if (root === null || root === undefined)
    return { company: unnamed, diagnostics: [diagnostic('profile/empty', file, '', { line: 1, column: 1 })] };
  if (!isMapping(root)) {
    return { company: unnamed, diagnostics: [diagnostic('profile/not-a-mapping', file, '', source.locate([]), { found: describe(root) })] };
  }
  const reader = new Reader(file, source, diagnostics);
  reader.unknownKeys(root, [], ROOT_KEYS);
  const company = reader.company(root.company);
  const projects = reader.projects(root.projects, vocabulary.layout.project);
  const facts = reader.facts(isMapping(root.company) ? root.company : {}, ['company'], vocabulary.layout.company, ['name', 'uscc']);
  diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
  if (reader.omitted > 0)
    diagnostics.push(diagnostic('profile/too-many-problems', file, '', undefined, { omitted: reader.omitted, max: MAX_DIAGNOSTICS }));
  const profile = hasErrors(diagnostics) ? undefined : { company: facts, projects };
  return { profile, company, diagnostics };
}

class Reader {
  /** Problems found past MAX_DIAGNOSTICS: counted, neither located nor kept. */
  omitted = 0;

  constructor(
    private readonly file: string,
    private readonly source: SourceDocument,
    readonly diagnostics: Diagnostic[],
  ) {}

  /** `at` is where to point when the path itself does not exist (a missing required key). */
  report(
    code: Parameters<typeof diagnostic>[0],
    path: Segment[],
    args: Record<string, string | number | undefined>,
    part: 'key' | 'value' = 'value',
    at: Segment[] = path,
  ): void {
    if (this.full()) return;
    this.diagnostics.push(diagnostic(code, this.file, show(path), this.source.locate(at, part), args));
  }

  /** Counts the problem as omitted when the list is full, so a file of thousands of bad keys costs no more than a few. */
  private full(): boolean {
    if (this.diagnostics.length < MAX_DIAGNOSTICS) return false;
    this.omitted += 1;
    return true;
  }

  unknownKeys(map: Record<string, unknown>, path: Segment[], known: readonly string[]): void {
    for (const key of Object.keys(map)) {
      if (known.includes(key)) continue;
      if (this.full()) continue;
      const where = show([...path, clip(key)]);
      const near = key.length > MAX_KEY_SHOWN ? undefined : suggest(key, known);
      this.report(
        'profile/unknown-key',
        [...path, clip(key)],
        { path: where, suggestion: near ? show([...path, near]) : undefined },
        'key',
        [...path, key],
      );
    }
  }

  company(raw: unknown): ProfileRead['company'] {
    if (raw !== undefined && raw !== null && !isMapping(raw)) {
      this.report('profile/type', ['company'], { path: 'company', expected: 'a mapping of company facts', found: describe(raw) });
      return { name: null, uscc: null };
    }
    const company = raw ?? {};
    const name = company.name;
    const bad = textProblem('company.name', name);
    if (bad) {
      this.accept(['company', 'name'], bad);
      return { name: null, uscc: null };
    }
    if (name === undefined || name === null || name === '')
      this.report('profile/required', ['company', 'name'], { path: 'company.name' }, 'value', company === raw ? ['company'] : []);
    else if (typeof name !== 'string' && typeof name !== 'number')
      this.report('profile/type', ['company', 'name'], {
        path: 'company.name',
        expected: 'text',
        expectedZh: '文本',
        found: describe(name),
      });
    // A template checked before its name was filled in: the report would name the client "Company name (to fill in)".
    else if (PLACEHOLDER_NAMES.has(String(name))) this.report('profile/placeholder', ['company', 'name'], { path: 'company.name' });
    const uscc =
      company.uscc === undefined || company.uscc === null
        ? undefined
        : this.accept(['company', 'uscc'], normaliseUscc('company.uscc', company.uscc));
    return {
      name: typeof name === 'string' || typeof name === 'number' ? String(name) : null,
      uscc: typeof uscc === 'string' ? uscc : null,
    };
  }

  /** Normalise every known key of a mapping; keys in `skip` were handled by the caller. */
  facts(map: Record<string, unknown>, path: Segment[], scope: ScopeLayout, skip: readonly string[] = []): Facts {
    const { keys, index, specs, template } = scope;
    // The mapping's keys are walked once (for…in reads a parsed mapping's values by their slots), each
    // value put at its key's place in the vocabulary; unknown keys are listed, first, only when there are some.
    const raws: unknown[] = new Array(keys.length).fill(undefined);
    let unknown = false;
    for (const key in map) {
      const at = index.get(key);
      if (at === undefined) unknown = true;
      // Own keys only: a key set on Object.prototype is no fact of this mapping (for…in lists it too).
      else if (Object.hasOwn(map, key)) raws[at] = map[key];
    }
    if (unknown) this.unknownKeys(map, path, keys);
    const facts = copyFacts(template);
    for (let i = 0; i < keys.length; i++) {
      const raw = raws[i];
      // Empty means not filled in (spreadsheet exports write ""): unknown, like an absent key.
      if (raw === undefined || raw === null || raw === '') continue;
      const key = keys[i]!;
      if (skip.length > 0 && skip.includes(key)) continue;
      const spec = specs[i]!;
      // A value already in normal form needs neither its path nor a result object.
      const plain = plainValue(spec, raw);
      if (plain !== undefined) {
        facts[key] = plain;
        continue;
      }
      const shown = show(path);
      const result = normaliseValue(spec, shown === '' ? key : `${shown}.${key}`, raw);
      const value = result.ok && !result.warning ? result.value : this.accept([...path, key], result);
      if (value !== undefined) facts[key] = value;
    }
    return facts;
  }

  projects(raw: unknown, scope: ScopeLayout): Project[] {
    if (raw === undefined || raw === null) return [];
    if (!Array.isArray(raw)) {
      this.report('profile/type', ['projects'], { path: 'projects', expected: 'a list of projects', found: describe(raw) });
      return [];
    }
    if (raw.length > MAX_PROJECTS) {
      this.report('profile/too-many-projects', ['projects'], { count: raw.length, max: MAX_PROJECTS });
      return [];
    }
    const seen = new Set<string>();
    const projects: Project[] = [];
    for (let index = 0; index < raw.length; index++) {
      const item: unknown = raw[index];
      const path: Segment[] = ['projects', index];
      if (!isMapping(item)) {
        this.report('profile/type', path, { path: show(path), expected: 'a mapping of project facts', found: describe(item) });
        continue;
      }
      const facts = this.facts(item, path, scope);
      const id = facts.id;
      if (typeof id !== 'string' || id === '') {
        this.report('profile/required', [...path, 'id'], { path: `${show(path)}.id` }, 'value', path);
        continue;
      }
      if (seen.has(id)) this.report('profile/duplicate-project', [...path, 'id'], { id });
      seen.add(id);
      this.checkPeriod(facts, path);
      projects.push({ id, index, facts });
    }
    return projects;
  }

  private checkPeriod(facts: Facts, path: Segment[]): void {
    const { start, end } = facts as { start?: { first: string; text: string }; end?: { last: string; text: string } };
    if (start && end && end.last < start.first)
      this.report('profile/period', [...path, 'end'], { path: show(path), start: start.text, end: end.text });
  }

  private accept(path: Segment[], result: Normalised): Value | undefined {
    if (!result.ok) {
      this.report(result.code, path, result.args);
      return undefined;
    }
    if (result.warning) this.report(result.warning.code, path, result.warning.args);
    return result.value;
  }
}

/** Keys longer than this (no profile key comes near) are shown cut short, with no suggestion. */
const MAX_KEY_SHOWN = 100;
/** A key as it may be shown: cut short, control characters written out. */
const clip = (key: string) => printable(key.length > MAX_KEY_SHOWN ? `${key.slice(0, 40)}…` : key);

/** A path as the report shows it: `projects[0].investment`. */
function show(path: readonly Segment[]): string {
  let text = '';
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    text += typeof segment === 'number' ? `[${segment}]` : i === 0 ? segment : `.${segment}`;
  }
  return text;
}
