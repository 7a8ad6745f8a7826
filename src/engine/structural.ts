/**
 * Facts that describe what a company (or a project) is, not a detail it can adjust: moving its
 * registration, becoming a legal person, restoring its credit. What-it-takes names a change to one
 * of these as structural, never as a small step.
 *
 * Kept here, keyed by fact path, rather than as a `structural: true` flag on the rules' facts:
 * released rule files are immutable, so a flag would only reach future versions, while these paths
 * are the public profile vocabulary, shared by every programme, and mean the same in all of them.
 * A rule file that declares a new fact gets small-change advice for it until it is listed here.
 */
export const STRUCTURAL_FACTS = [
  'company.business_district',
  'company.tax_district',
  'company.independent_legal_person',
  'company.credit',
  'company.operating_status',
  'company.tech_enterprise',
  'company.smart_software_oriented',
  'company.fields',
  'company.features',
  // A different type is a different kind of project (R&D vs completed work), not an edit.
  'projects[].type',
] as const;
export type StructuralFact = (typeof STRUCTURAL_FACTS)[number];

/** The same paths as a set: what-it-takes asks about every change it proposes. */
const STRUCTURAL: ReadonlySet<string> = new Set(STRUCTURAL_FACTS);

export function isStructural(fact: string): fact is StructuralFact {
  return STRUCTURAL.has(fact);
}
