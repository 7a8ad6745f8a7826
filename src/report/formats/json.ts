import type { Report } from '../contract.js';

/** The contract, stable key order, two-space indent, trailing newline. */
export function formatJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
