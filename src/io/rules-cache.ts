/**
 * The bundled rules as validated at build time (scripts/cache-rules.js). An entry is used only when
 * the file on disk still has the same sha256; otherwise the caller validates the YAML as usual.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { RuleText, RuleVersion } from '../rules/load.js';

// From src/io (tests) and dist/io (the CLI) alike: the build writes it to <package>/dist/.
const CACHE = new URL('../../dist/bundled-rules.json', import.meta.url);

export async function cachedVersions(texts: readonly RuleText[]): Promise<RuleVersion[] | undefined> {
  const cache = await readFile(CACHE, 'utf8').then((t) => JSON.parse(t) as { versions: RuleVersion[] }, () => undefined);
  if (!cache || cache.versions.length !== texts.length) return undefined;
  const byFile = new Map(cache.versions.map((v) => [v.file, v]));
  const versions: RuleVersion[] = [];
  for (const { file, text } of texts) {
    const hit = byFile.get(file);
    if (!hit || hit.sha256 !== createHash('sha256').update(text).digest('hex')) return undefined;
    versions.push(hit);
  }
  return versions;
}
