/**
 * The bundled rules as validated at build time (scripts/cache-rules.js). An entry is used only when
 * the file on disk still has exactly the text that was validated; otherwise the caller validates the
 * YAML as usual. Comparing the text, not hashing it, keeps node:crypto out of a start-up (loading it
 * was a measurable share of `check one.yaml`); the sha256 a report names was computed from that text.
 */
import { readFileSync } from 'node:fs';
import type { RuleText, RuleVersion } from '../rules/load.js';

// From src/io (tests) and dist/io (the CLI) alike: the build writes it to <package>/dist/.
const CACHE = new URL('../../dist/bundled-rules.json', import.meta.url);

/** What scripts/cache-rules.js writes: the validated versions, and the text each was read from. */
interface Cache {
  versions: RuleVersion[];
  texts?: Record<string, string>;
}

export async function cachedVersions(texts: readonly RuleText[]): Promise<RuleVersion[] | undefined> {
  let cache: Cache | undefined;
  try {
    cache = JSON.parse(readFileSync(CACHE, 'utf8')) as Cache;
  } catch {
    cache = undefined;
  }
  if (!cache?.texts || cache.versions.length !== texts.length) return undefined;
  const byFile = new Map(cache.versions.map((v) => [v.file, v]));
  const versions: RuleVersion[] = [];
  for (const { file, text } of texts) {
    const hit = byFile.get(file);
    if (!hit || cache.texts[file] !== text) return undefined;
    versions.push(hit);
  }
  return versions;
}
