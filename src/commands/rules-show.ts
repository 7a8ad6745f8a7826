/** `rules show <programme>[@version] [measure]`: pick the version (pinned, else the one in force, else the latest), render it. */
import { diagnostic } from '../diagnostics/diagnostic.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import type { CommandIo } from '../io/command-io.js';
import type { Lang } from '../text/lang.js';
import { formatShow } from '../lifecycle/render/show.js';
import type { RuleVersion } from '../rules/load.js';
import { findPinned, pinProblems } from '../rules/pin.js';
import { selectVersions } from '../rules/select.js';
import { cannotRun, deliver, rulesOrFail, type CommandOutcome } from './rules-outcome.js';

export interface ShowOptions {
  rules: string;
  /** `programme` or `programme@version`. */
  target: string;
  measure?: string;
  asOf: string;
  lang: Lang;
}

export function runRulesShow(options: ShowOptions, io: CommandIo): Promise<ExitCode> {
  return deliver(show(options, io), io, options.lang);
}

async function show(options: ShowOptions, io: CommandIo): Promise<CommandOutcome> {
  const versions = await rulesOrFail(options.rules, io);
  if (!Array.isArray(versions)) return versions;
  const [programme = '', version] = options.target.split('@');
  const chosen = choose(versions, programme, version, options.asOf);
  if (!chosen) return cannotRun(pinProblems(versions, [{ programme, version: version ?? '' }], options.target));
  const measures = chosen.rule.measures.map((m) => m.id);
  if (options.measure && !measures.includes(options.measure)) {
    const { id, version } = chosen.rule.programme;
    return cannotRun([
      diagnostic('rules/unknown-measure', options.measure, '', undefined, {
        programme: id,
        version,
        measure: options.measure,
        known: measures.join(', '),
      }),
    ]);
  }
  return { exitCode: EXIT.ok, output: formatShow({ version: chosen, measure: options.measure, lang: options.lang }), diagnostics: [] };
}

function choose(versions: readonly RuleVersion[], programme: string, version: string | undefined, asOf: string): RuleVersion | undefined {
  if (version !== undefined) return findPinned(versions, { programme, version });
  const candidates = versions.filter((v) => v.rule.programme.id === programme);
  const inForce = selectVersions(candidates, asOf).selected[0];
  const latest = [...candidates].sort((a, b) => ((a.rule.effective.from ?? '') < (b.rule.effective.from ?? '') ? -1 : 1)).at(-1);
  return inForce ?? latest;
}
