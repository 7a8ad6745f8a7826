/**
 * JUnit XML for CI test reports (Jenkins, GitLab, Azure, the GitHub test-report actions), valid
 * against the common junit-10 schema (test/fixtures/junit-10.xsd):
 *
 * - a root `<testsuites>` named by the as-of date, without totals: it is written before the first
 *   result, so a batch of any size streams (each testsuite carries its own counts);
 * - one `<testsuite>` per input file, named by the file, in input order;
 * - one `<testcase>` per programme measure (per project), named `programme/measure[project]`, with
 *   the file as classname; its verdict, amount and reason in `<system-out>`. Every verdict passes:
 *   `ineligible` and `undetermined` are answers, not failures, unless a `--fail-on` gate says so;
 * - an invalid profile: a testsuite with one testcase `profile` carrying an `<error>` (type: the
 *   first error's code) that lists every error diagnostic. The `invalid` gate adds nothing to it;
 * - `--fail-on undetermined` hit: a `<failure>` on each undetermined measure's testcase;
 * - `--fail-on not-eligible` / `below:<amount>` are judged on the whole file: when the run has one,
 *   each valid file gets a testcase `gates` (so the count of tests does not depend on the outcome),
 *   failing with the gates it hits;
 * - warnings of a file go to its testsuite's `<system-err>`;
 * - no `time` or `timestamp`: a formatter is pure and the run's duration is not in the report.
 */
import type { FormatOptions } from './registry.js';
import type {
  CompactFileResult as FileResult,
  CompactMeasureReport as MeasureReport,
  CompactProgrammeReport as ProgrammeReport,
  CompactReport as Report,
} from '../contracts/report.js';
import { gateMessage, isFileGate, measureName } from '../report/gate-messages.js';
import { written, type Opening, type Writer } from './writer.js';

interface TestCase {
  name: string;
  body: string;
  failure: boolean;
  error: boolean;
}

export function formatJunit(report: Report, options: FormatOptions): string {
  return written(junitWriter(report, options), report.results, report.summary);
}

/**
 * Written as results arrive: the root element carries no totals (the schema makes them optional, and
 * they are known only at the end); each testsuite carries its own, which CI tools sum.
 */
export function junitWriter(opening: Opening, options: FormatOptions): Writer<FileResult> {
  const fileGates = opening.failOn.some(isFileGate);
  const noOpenRound = opening.noOpenRound?.message ?? null;
  return {
    head: `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="${attr(`subsidy-check ${opening.asOf}`)}">\n`,
    result: (r) => `${suite(r, fileGates, options, noOpenRound)}\n`,
    tail: () => '</testsuites>\n',
  };
}

function suite(r: FileResult, fileGates: boolean, options: FormatOptions, noOpenRound: string | null): string {
  const measures = r.programmes.flatMap((p) => p.measures.map((m) => measureCase(r, p, m)));
  const cases = r.valid ? [...measures, ...(fileGates ? [gatesCase(r, options)] : [])] : [invalidCase(r)];
  const failures = cases.filter((c) => c.failure).length;
  const errors = cases.filter((c) => c.error).length;
  const properties = [
    ['company', r.company.name],
    ['uscc', r.company.uscc],
    ['maxTotal', r.maxTotal === null ? null : String(r.maxTotal)],
    ['unpublishedEligible', r.valid && r.unpublishedEligible > 0 ? String(r.unpublishedEligible) : null],
    ['gatesUndecided', r.gatesUndecided.length > 0 ? r.gatesUndecided.map((g) => gateMessage(r, g, options.lang)).join('; ') : null],
    ['noOpenRound', noOpenRound],
  ].filter((p): p is [string, string] => p[1] !== null);
  const warnings = r.diagnostics.filter((d) => d.severity === 'warning').map((d) => diagnosticLine(r.file, d));
  const xml = [
    `  <testsuite name="${attr(r.file)}" tests="${cases.length}" failures="${failures}" errors="${errors}" skipped="0">`,
    ...(properties.length > 0
      ? [
          '    <properties>',
          ...properties.map(([name, value]) => `      <property name="${name}" value="${attr(value)}"/>`),
          '    </properties>',
        ]
      : []),
    ...cases.map((c) => `    <testcase name="${attr(c.name)}" classname="${attr(r.file)}">${c.body}</testcase>`),
    ...(warnings.length > 0 ? [`    <system-err>${text(warnings.join('\n'))}</system-err>`] : []),
    '  </testsuite>',
  ];
  return xml.join('\n');
}

function measureCase(r: FileResult, p: ProgrammeReport, m: MeasureReport): TestCase {
  const name = measureName(p.id, m);
  const out = `<system-out>${text(`${verdictLine(m, p)}\n${m.summary}`)}</system-out>`;
  // A history round is shown, never judged by a gate.
  if (m.verdict !== 'undetermined' || p.round === 'history' || !r.gateHits.includes('undetermined'))
    return { name, body: out, failure: false, error: false };
  const missing = m.missing.length > 0 ? `\nmissing: ${m.missing.join(', ')}` : '';
  const failure = `<failure type="fail-on undetermined" message="${attr(`--fail-on undetermined: ${m.summary}`)}">${text(`${m.summary}${missing}`)}</failure>`;
  return { name, body: failure + out, failure: true, error: false };
}

function gatesCase(r: FileResult, options: FormatOptions): TestCase {
  const hits = r.gateHits.filter(isFileGate);
  if (hits.length === 0) return { name: 'gates', body: '', failure: false, error: false };
  const messages = hits.map((g) => gateMessage(r, g, options.lang));
  return {
    name: 'gates',
    body: `<failure type="${attr(`fail-on ${hits.join(' ')}`)}" message="${attr(messages.join('; '))}">${text(messages.join('\n'))}</failure>`,
    failure: true,
    error: false,
  };
}

function invalidCase(r: FileResult): TestCase {
  const errors = r.diagnostics.filter((d) => d.severity === 'error');
  const first = errors[0];
  const message = first ? `${first.message}${errors.length > 1 ? ` (+${errors.length - 1} more)` : ''}` : 'invalid profile';
  const body = `<error type="${attr(first?.code ?? 'invalid')}" message="${attr(message)}">${text(errors.map((d) => diagnosticLine(r.file, d)).join('\n'))}</error>`;
  return { name: 'profile', body, failure: false, error: true };
}

/** Field names of the json contract, so the line reads the same in every language but the reason. */
function verdictLine(m: MeasureReport, p: ProgrammeReport): string {
  return `${m.verdict}; maxAmount ${m.maxAmount ?? 'not published'}; evidence ${m.evidence}; counted ${m.counted}; round ${p.round}`;
}

function diagnosticLine(file: string, d: FileResult['diagnostics'][number]): string {
  const where = d.line > 0 ? `:${d.line}:${d.column}` : '';
  return `${file}${where} ${d.severity} ${d.code} ${d.message}`;
}

/**
 * XML 1.0 cannot carry most control characters, not even as references: they become U+FFFD.
 * Lone surrogates likewise. A carriage return is a reference, or the parser would drop it.
 */
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** What text() or attr() may change: most cells have none of it, and five to eight passes over each were a tenth of junit's time. */
const MAYBE_ESCAPED = /[\u0000-\u001F"&<>\uD800-\uDFFF\uFFFE\uFFFF]/;

export function text(s: string): string {
  if (!MAYBE_ESCAPED.test(s)) return s;
  return s.replace(NOT_XML, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/** In an attribute, line breaks and tabs are references, or a parser would normalise them to spaces. */
export function attr(s: string): string {
  if (!MAYBE_ESCAPED.test(s)) return s;
  return text(s).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}
