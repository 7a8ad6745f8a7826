/**
 * xmllint for the junit tests: schema validation against test/fixtures/junit-10.xsd and XPath
 * queries, so the XML is read back by a real parser. Missing xmllint fails the test, never skips it:
 * CI installs it with `apt-get update && apt-get install -y libxml2-utils`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const JUNIT_XSD = 'test/fixtures/junit-10.xsd';

function xmllint(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync('xmllint', args, { encoding: 'utf8' });
  if (r.error) throw new Error(`xmllint is needed to check the junit format (${r.error.message}); install it: apt-get update && apt-get install -y libxml2-utils`);
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function xmlFile(xml: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'sc-junit-')), 'report.xml');
  writeFileSync(file, xml, 'utf8');
  return file;
}

/** xmllint's verdict on a file against the junit schema: status 0 and "validates", or the errors. */
export function validate(file: string): { valid: boolean; messages: string } {
  const r = xmllint(['--noout', '--schema', JUNIT_XSD, file]);
  return { valid: r.status === 0 && r.stderr.includes('validates'), messages: r.stderr };
}

/** The string value of an XPath 1.0 expression (`count(…)`, `string(…)`) over the file. */
export function xpath(file: string, expression: string): string {
  const r = xmllint(['--xpath', expression, file]);
  if (r.status !== 0) throw new Error(`xmllint --xpath ${expression}: ${r.stderr}`);
  return r.stdout.trim();
}
