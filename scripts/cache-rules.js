#!/usr/bin/env node
// Build step: validate the bundled rules and write them, parsed, to dist/bundled-rules.json, with
// each file's text. The CLI uses an entry only while the file's text is still exactly that,
// so a start-up skips YAML parsing and schema validation without ever trusting stale rules.
import { writeFileSync } from 'node:fs';
import { readRuleTexts, BUNDLED_RULES } from '../dist/io/rules.js';
import { loadRules } from '../dist/rules/load.js';
import { formatDiagnostic } from '../dist/diagnostics/diagnostic.js';

const texts = await readRuleTexts(BUNDLED_RULES);
const { versions, diagnostics } = loadRules(texts ?? []);
if (!texts?.length || diagnostics.length > 0) {
  for (const d of diagnostics) console.error(formatDiagnostic(d));
  console.error('the bundled rules do not load; nothing cached');
  process.exitCode = 1;
} else {
  writeFileSync(new URL('../dist/bundled-rules.json', import.meta.url), JSON.stringify({ versions, texts: Object.fromEntries(texts.map((t) => [t.file, t.text])) }));
  console.log(`cached ${versions.length} bundled rule versions`);
}
