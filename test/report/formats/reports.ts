/** Reports built the way `check` builds them: bundled rules, the pipeline, the report model. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkText, prepare, type Prepared } from '../../../src/pipeline.js';
import type { Report } from '../../../src/contracts/report.js';
import type { FormatOptions } from '../../../src/formats/registry.js';
import { parseGate, type Gate } from '../../../src/report/gates.js';
import type { Lang } from '../../../src/text/lang.js';
import { buildReport, fileResult } from '../../../src/report/model.js';
import { bundledVersions } from '../../helpers.js';

/** A fixture path, or a profile written in the test (YAML unless the name ends in .json). */
export type Input = string | { file: string; text: string };

export interface ReportOptions {
  asOf?: string;
  failOn?: string[];
  lang?: Lang;
}

const prepared = new Map<string, Prepared>();

export function reportOf(inputs: Input[], options: ReportOptions = {}): Report {
  const asOf = options.asOf ?? '2022-07-05';
  const lang = options.lang ?? 'en';
  const ready = prepared.get(asOf) ?? (prepare(bundledVersions(), asOf) as Prepared);
  prepared.set(asOf, ready);
  const gates = (options.failOn ?? []).map((g) => parseGate(g) as Gate);
  const results = inputs.map((input) => {
    const { file, text } = typeof input === 'string' ? { file: input, text: readFileSync(input, 'utf8') } : input;
    return fileResult(checkText(ready, file, file.endsWith('.json') ? 'json' : 'yaml', text, { detail: true }), lang, gates);
  });
  const report = {
    tool: { name: 'subsidy-check', version: 'test' },
    asOf,
    selected: ready.selected,
    skipped: ready.skipped,
    lang,
    failOn: options.failOn ?? [],
  };
  return buildReport(report, results);
}

export const options = (fields: Partial<FormatOptions> = {}): FormatOptions => ({ lang: 'en', color: false, width: 120, ...fields });

/** fixtures/profiles, sorted as a folder run sorts it: 15 files, 2 of them invalid. */
export const PROFILES = readdirSync('fixtures/profiles')
  .filter((f) => /\.(ya?ml|json)$/.test(f))
  .sort()
  .map((f) => join('fixtures/profiles', f));

export const HUAXIN = 'fixtures/profiles/huaxin-logistics.yaml';
export const SHENGTAI = 'fixtures/profiles/shengtai-manufacturing.yaml';
export const BAD_MONEY = 'fixtures/profiles/invalid-bad-money.yaml';
export const UNKNOWN_KEY = 'fixtures/invalid/unknown-key.yaml';

/** A valid profile whose company name holds everything a format must escape. */
export function awkward(name: string, file = 'fixtures/awkward.yaml'): Input {
  return { file, text: `company:\n  name: ${JSON.stringify(name)}\n  uscc: 91310107MA1G8W2N5J\n` };
}
