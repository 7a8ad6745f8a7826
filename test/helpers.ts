/** Test data builders shared by the suites. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadRules, type RuleVersion } from '../src/rules/load.js';

/** The bundled rule versions, loaded as the CLI loads them; throws if any has a diagnostic. */
export function bundledVersions(): RuleVersion[] {
  const texts = readdirSync('rules').flatMap((programme) =>
    readdirSync(join('rules', programme))
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => ({ file: join('rules', programme, f), text: readFileSync(join('rules', programme, f), 'utf8') })),
  );
  const loaded = loadRules(texts);
  if (loaded.diagnostics.length > 0) throw new Error(`bundled rules have diagnostics: ${JSON.stringify(loaded.diagnostics)}`);
  return loaded.versions;
}
