/** The ids of the versioned JSON documents the tool writes; a breaking change to a document bumps its id. */
/** The id of the JSON report contract (`check --format json`). */
export const REPORT_SCHEMA = 'subsidy-check/report@1';
/** The id of `explain --format json`. */
export const EXPLAIN_SCHEMA = 'subsidy-check/explain@1';
/** The id of `rules list --format json`. */
export const RULES_LIST_SCHEMA = 'subsidy-check/rules-list@1';
/** The id of `rules lint --format json`. */
export const RULES_LINT_SCHEMA = 'subsidy-check/rules-lint@1';
/** The id of `rules test --format json`. */
export const RULES_TEST_SCHEMA = 'subsidy-check/rules-test@1';
/** The id of `rules diff --format json`. */
export const RULES_DIFF_SCHEMA = 'subsidy-check/rules-diff@1';
