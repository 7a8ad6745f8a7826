/** The rule files shipped in `rules/`: valid, cited, and with no amount the sources do not give. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadRules, type RuleText } from '../../src/rules/load.js';
import type { Amount, RuleFile } from '../../src/rules/schema.js';
import { allLeaves } from '../../src/rules/walk.js';

const RULES = fileURLToPath(new URL('../../rules/', import.meta.url));

/** `rules/*\/20*.yaml`, named `<programme>/<version>.yaml`; golden tests under `tests/` are not rule files. */
function readBundled(): RuleText[] {
  return readdirSync(RULES, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .flatMap((dir) =>
      readdirSync(join(RULES, dir.name))
        .filter((f) => /^20.*\.yaml$/.test(f))
        .map((f) => ({ file: `${dir.name}/${f}`, text: readFileSync(join(RULES, dir.name, f), 'utf8') })),
    )
    .sort((a, b) => a.file.localeCompare(b.file));
}

const texts = readBundled();
const loaded = loadRules(texts);
const rules: RuleFile[] = loaded.versions.map((v) => v.rule);
const programme = (id: string) => rules.find((r) => r.programme.id === id);

/** What a measure pays, without its wording: the fields that carry a number. */
function amountOf(amount: Amount) {
  if (amount.kind === 'unpublished') return { kind: amount.kind, evidence: amount.evidence };
  return {
    kind: amount.kind,
    ...('value' in amount ? { value: amount.value } : {}),
    ...('rate' in amount ? { rate: amount.rate } : {}),
    ...(amount.cap === undefined ? {} : { cap: amount.cap }),
    evidence: amount.evidence,
  };
}

const UNPUBLISHED = { kind: 'unpublished', evidence: 'unknown' };

describe('bundled rules', () => {
  it('are three files that load with no diagnostics', () => {
    expect(texts.map((t) => t.file)).toEqual([
      'putuo-digital-transformation/2022.yaml',
      'putuo-new-infra-online-economy/2020.yaml',
      'putuo-smart-software/2023.yaml',
    ]);
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.versions).toHaveLength(3);
  });

  it('cite a source and give the evidence on every leaf and every amount', () => {
    for (const rule of rules) {
      const cited = [
        ...allLeaves(rule).map(({ leaf, path }) => ({ where: path.join('.'), cite: leaf.cite, evidence: leaf.evidence })),
        ...rule.measures.map((m) => ({ where: `${m.id}.amount`, cite: m.amount.cite, evidence: m.amount.evidence })),
      ];
      expect(cited.length).toBeGreaterThan(rule.measures.length);
      for (const { where, cite, evidence } of cited) {
        const at = `${rule.programme.id} ${where}`;
        expect(cite.trim(), at).not.toBe('');
        expect(['stated', 'reported', 'inferred', 'unknown'], at).toContain(evidence);
      }
    }
  });

  it('rest every published amount on stated, reported or inferred evidence', () => {
    const published = rules.flatMap((r) => r.measures.map((m) => m.amount)).filter((a) => a.kind !== 'unpublished');
    expect(published.length).toBeGreaterThan(0);
    for (const amount of published) expect(['stated', 'reported', 'inferred']).toContain(amount.evidence);
  });

  it.each([
    ['putuo-new-infra-online-economy', ['preapproved-project', 'post-support', 'breakthrough-award']],
    ['putuo-smart-software', ['rd-project', 'subsidy-item']],
    ['putuo-digital-transformation', ['project-subsidy', 'municipal-match']],
  ])('%s has exactly the measures %j', (id, measures) => {
    expect(programme(id)?.measures.map((m) => m.id)).toEqual(measures);
  });

  it('publish only the amounts the sources give; every other amount is unpublished', () => {
    const amounts = Object.fromEntries(
      rules.map((r) => [r.programme.id, Object.fromEntries(r.measures.map((m) => [m.id, amountOf(m.amount)]))]),
    );
    expect(amounts).toEqual({
      'putuo-new-infra-online-economy': {
        'preapproved-project': UNPUBLISHED,
        'post-support': UNPUBLISHED,
        'breakthrough-award': { kind: 'fixed', value: 5_000_000, evidence: 'reported' },
      },
      'putuo-smart-software': { 'rd-project': UNPUBLISHED, 'subsidy-item': UNPUBLISHED },
      'putuo-digital-transformation': {
        'project-subsidy': { kind: 'rate', rate: '30%', cap: 2_000_000, evidence: 'reported' },
        'municipal-match': { kind: 'match', cap: 2_000_000, evidence: 'reported' },
      },
    });
  });
});
