/**
 * The check that the four implementations agree: for every valid profile, the verdict and maxAmount of
 * both measures for every project, and the programme's maxTotal (see peers/facts.js for the exact
 * shape). Invalid profiles are counted, not compared: only our reader rejects them, the peers never see
 * them. Also tallies the verdict mix (per measure and per profile), so the report shows the profiles exercise every branch.
 */
import { plainFacts, verdictKey } from './peers/facts.js';
import { handWritten } from './peers/hand-written.js';
import { handTraced } from './peers/hand-traced.js';
import { jsonRulesEngine } from './peers/json-rules-engine.js';
import { evaluateOurs, readOurs, verdictsOfOurs } from './peers/ours.js';
import { zenDecision } from './peers/zen.js';

/**
 * @param {import('../dist/index.js').Prepared} prepared
 * @param {Iterable<{ file: string, format: 'yaml' | 'json', text: string }>} inputs
 */
export async function checkAgreement(prepared, inputs) {
  const jre = jsonRulesEngine();
  const zen = zenDecision();
  const tally = { profiles: 0, invalid: 0, compared: 0, disagreements: 0, measures: { eligible: 0, ineligible: 0, undetermined: 0 }, byProfile: { eligible: 0, undetermined: 0, ineligible: 0 } };
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
        handTraced: handTraced(facts), // the timing reference must be right too
        jre: await jre(facts),
        zen: await zen.evaluate(facts),
      };
      tally.compared++;
      const keys = Object.fromEntries(Object.entries(results).map(([k, v]) => [k, verdictKey(v)]));
      if (new Set(Object.values(keys)).size > 1) {
        tally.disagreements++;
        if (examples.length < 5) examples.push({ file: input.file, ...keys });
      }
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
