/** The id of the JSON report contract; a breaking change bumps it. */
export const REPORT_SCHEMA = 'subsidy-check/report@1';
