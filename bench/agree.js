/**
 * The check that the four implementations agree: for every valid profile, the verdict and maxAmount of
 * both measures for every project, and the programme's maxTotal (see peers/facts.js for the exact
 * shape). Invalid profiles are counted, not compared: only our reader rejects them, the peers never see
 * them. `byPeer` counts, per peer, the profiles on which it differs from ours. Also tallies the verdict
 * mix (per measure and per profile) and the corrected rules' cases (`cases`: tax registration outside
 * Putuo, a government-invested project, a funded project the exemption lets through, a match at or
 * below the subsidy's threshold), so the report shows the profiles exercise every branch.
 */
import { pathToFileURL } from 'node:url';
import { DEFAULT_SEED, yamlText } from './generate.js';
import { RULE, plainFacts, verdictKey } from './peers/facts.js';
import { handWritten } from './peers/hand-written.js';
import { handDecided } from './peers/hand-decided.js';
import { handTraced } from './peers/hand-traced.js';
import { jsonRulesEngine } from './peers/json-rules-engine.js';
import { evaluateOurs, prepareOurs, readOurs, verdictsOfOurs } from './peers/ours.js';
import { zenDecision } from './peers/zen.js';

/**
 * @param {import('../dist/index.js').Prepared} prepared
 * @param {Iterable<{ file: string, format: 'yaml' | 'json', text: string }>} inputs
 */
export async function checkAgreement(prepared, inputs) {
  const jre = jsonRulesEngine();
  const zen = zenDecision();
  const tally = {
    profiles: 0,
    invalid: 0,
    compared: 0,
    disagreements: 0,
    byPeer: {},
    measures: { eligible: 0, ineligible: 0, undetermined: 0 },
    byProfile: { eligible: 0, undetermined: 0, ineligible: 0 },
    cases: { taxElsewhere: 0, governmentInvested: 0, exemptionDecides: 0, matchAtOrBelowThreshold: 0 },
  };
  const examples = [];
  try {
    for (const input of inputs) {
      tally.profiles++;
      const outcome = readOurs(prepared, input.file, input.format, input.text);
      if (!outcome.read.profile) {
        tally.invalid++;
        continue;
      }
      const facts = plainFacts(outcome.read.profile);
      const results = {
        ours: verdictsOfOurs(evaluateOurs(prepared, outcome.read.profile)),
        hand: handWritten(facts),
        handTraced: handTraced(facts), // the timing references must be right too
        handDecided: handDecided(facts),
        jre: await jre(facts),
        zen: await zen.evaluate(facts),
      };
      tally.compared++;
      const keys = Object.fromEntries(Object.entries(results).map(([k, v]) => [k, verdictKey(v)]));
      const wrong = Object.keys(keys).filter((k) => keys[k] !== keys.ours);
      for (const peer of wrong) tally.byPeer[peer] = (tally.byPeer[peer] ?? 0) + 1;
      if (wrong.length > 0) {
        tally.disagreements++;
        if (examples.length < 5) examples.push({ file: input.file, ...keys });
      }
      countCases(tally.cases, facts, results.ours);
      const verdicts = results.ours.projects.flatMap((p) => [p.subsidy.verdict, p.match.verdict]);
      for (const v of verdicts) tally.measures[v]++;
      // A profile counts as eligible with any eligible measure, else undetermined with any undetermined one.
      tally.byProfile[verdicts.includes('eligible') ? 'eligible' : verdicts.includes('undetermined') ? 'undetermined' : 'ineligible']++;
    }
  } finally {
    zen.dispose();
  }
  return { ...tally, examples };
}

/** The cases the corrected 2022 rules added, as ours decided them. */
function countCases(cases, facts, ours) {
  const c = facts.company;
  if (c.business_district === 'putuo' && c.tax_district !== null && c.tax_district !== 'putuo') cases.taxElsewhere++;
  facts.projects.forEach((p, i) => {
    const o = ours.projects[i];
    if (p.government_investment === true) cases.governmentInvested++;
    const failsStage =
      p.government_investment === true ||
      ['planned', 'in-progress'].includes(p.status) ||
      (p.endLast !== null && p.endLast < RULE.periodFirst) ||
      (p.startFirst !== null && p.startFirst > RULE.periodLast);
    if (failsStage && o.subsidy.verdict === 'eligible') cases.exemptionDecides++;
    if (p.investment !== null && p.investment <= RULE.minInvestment && o.match.verdict === 'eligible') cases.matchAtOrBelowThreshold++;
  });
}

/**
 * Standalone: `node bench/agree.js [count] [seed]` checks the first `count` generated profiles (default
 * 2,000), read from memory, and exits 1 when any peer differs from ours (the run does the same on the
 * largest YAML set).
 */
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const count = Number(process.argv[2] ?? 2000);
  const seed = Number(process.argv[3] ?? DEFAULT_SEED);
  const inputs = Array.from({ length: count }, (_, i) => ({ file: `generated-${i + 1}.yaml`, format: 'yaml', text: yamlText(seed, i) }));
  const a = await checkAgreement(await prepareOurs(), inputs);
  process.stdout.write(
    `${a.compared} profiles compared (${a.invalid} invalid): ${a.disagreements === 0 ? 'all agree' : `${a.disagreements} DISAGREE ${JSON.stringify(a.byPeer)}`}\n`,
  );
  process.stdout.write(`verdicts per profile ${JSON.stringify(a.byProfile)}; cases ${JSON.stringify(a.cases)}\n`);
  for (const ex of a.examples) process.stdout.write(`  ${JSON.stringify(ex)}\n`);
  if (a.disagreements > 0 || a.compared === 0) process.exitCode = 1;
}
