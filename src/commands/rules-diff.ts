/**
 * `rules diff <a> <b>`: resolve each side (a `programme@version` in --rules, a rule file, or a
 * folder), plan which versions to compare, diff them, and with --profiles re-evaluate each profile
 * under both. Exit 2 when it cannot run, 3 when a profile is invalid, 1 on any change with
 * --fail-on-change, else 0.
 */
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { EXIT, worst, type ExitCode } from '../exit-codes.js';
import type { CommandIo } from '../io/command-io.js';
import type { Lang } from '../text/lang.js';
import { anyChange, DIFF_FORMATTERS, type DiffFormat } from '../lifecycle/render/diff.js';
import { diffProfiles, type ProfileInput } from '../lifecycle/diff-profiles.js';
import { diffPairs, planFolders, refOf, type DiffPlan } from '../lifecycle/diff-plan.js';
import type { RuleVersion } from '../rules/load.js';
import { findPinned, parsePin, pinProblems } from '../rules/pin.js';
import { cannotRun, deliver, rulesOrFail, type CommandOutcome } from './rules-outcome.js';

export interface DiffOptions {
  from: string;
  to: string;
  /** Where `programme@version` arguments are looked up. */
  rules: string;
  /** A folder (or files) of profiles to re-evaluate under both sides. */
  profiles?: string;
  asOf: string;
  failOnChange: boolean;
  format: DiffFormat;
  lang: Lang;
}

type Side = RuleVersion[] | CommandOutcome;

async function resolve(arg: string, rules: () => Promise<Side>, io: CommandIo): Promise<Side> {
  const pin = parsePin(arg);
  if (!pin) {
    const side = await rulesOrFail(arg, io);
    const none = !Array.isArray(side) && side.diagnostics.every((d) => d.code === 'rules/none');
    return none ? cannotRun([diagnostic('rules/diff-input', arg, '', undefined, { input: arg })]) : side;
  }
  const versions = await rules();
  if (!Array.isArray(versions)) return versions;
  const found = findPinned(versions, pin);
  return found ? [found] : cannotRun(pinProblems(versions, [pin], arg));
}

function plan(a: RuleVersion[], b: RuleVersion[]): DiffPlan {
  if (a.length === 1 && b.length === 1) return { pairs: [{ from: a[0]!, to: b[0]! }], added: [], removed: [] };
  return planFolders(a, b);
}

async function readProfiles(path: string, io: CommandIo): Promise<{ profiles: ProfileInput[]; unreadable: Diagnostic[] }> {
  const { inputs } = await io.listInputs([path]);
  const profiles: ProfileInput[] = [];
  const unreadable: Diagnostic[] = [];
  for (const input of inputs) {
    const read = input.unreadable
      ? { ok: false as const, code: 'io/read' as const, reason: input.unreadable }
      : await io.readProfile(input.file);
    if (read.ok) profiles.push({ file: input.file, format: input.format, text: read.text });
    else unreadable.push(diagnostic(read.code, input.file, '', undefined, { reason: read.reason }));
  }
  if (inputs.length === 0) unreadable.push(diagnostic('io/no-input', path, '', undefined, { input: path }));
  return { profiles, unreadable };
}

export function runRulesDiff(options: DiffOptions, io: CommandIo): Promise<ExitCode> {
  return deliver(diff(options, io), io, options.lang);
}

async function diff(options: DiffOptions, io: CommandIo): Promise<CommandOutcome> {
  let bundle: Promise<Side> | undefined;
  const rules = () => (bundle ??= rulesOrFail(options.rules, io));
  const a = await resolve(options.from, rules, io);
  const b = await resolve(options.to, rules, io);
  if (!Array.isArray(a) || !Array.isArray(b))
    return cannotRun([...(Array.isArray(a) ? [] : a.diagnostics), ...(Array.isArray(b) ? [] : b.diagnostics)]);
  const { pairs, added, removed } = plan(a, b);
  const read = options.profiles === undefined ? undefined : await readProfiles(options.profiles, io);
  const profiles = read ? diffProfiles(pairs, read.profiles, options.asOf) : undefined;
  const input = {
    pairs: diffPairs(pairs),
    added: added.map(refOf),
    removed: removed.map(refOf),
    profiles,
    asOf: options.asOf,
    lang: options.lang,
  };
  const diagnostics = [...(read?.unreadable ?? []), ...(profiles?.invalid.flatMap((i) => i.diagnostics) ?? [])];
  const invalid = diagnostics.some((d) => d.severity === 'error');
  const changed = options.failOnChange && anyChange(input);
  return {
    exitCode: worst([invalid ? EXIT.invalidProfiles : EXIT.ok, changed ? EXIT.gate : EXIT.ok]),
    output: DIFF_FORMATTERS[options.format](input),
    diagnostics,
  };
}
