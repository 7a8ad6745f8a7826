/**
 * Flatten zod issues into (path, reason) pairs a diagnostic can point at.
 * A union reports each branch's issues; the branch that got furthest explains the mistake best.
 */
import type { z } from 'zod';
import type { Segment } from './document.js';

export interface SchemaProblem {
  path: Segment[];
  /** Where to point: the key itself for an unrecognised key. */
  part: 'key' | 'value';
  reason: string;
}

export function schemaProblems(issues: readonly z.core.$ZodIssue[], data: unknown, base: Segment[] = []): SchemaProblem[] {
  return issues.flatMap((issue) => {
    const path = [...base, ...(issue.path as Segment[])];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const best = [...issue.errors].sort((a, b) => depth(b) - depth(a) || a.length - b.length)[0]!;
      if (best.length > 0) return schemaProblems(best, data, path);
    }
    // A bad record key: the key's own schema says what is wrong with it, better than "Invalid key in record".
    if (issue.code === 'invalid_key' && issue.issues.length > 0) {
      return [{ path, part: 'key' as const, reason: issue.issues[0]!.message.replace(/^Invalid (input|option): /, '') }];
    }
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: [...path, key], part: 'key' as const, reason: `unknown key "${key}"` }));
    }
    const reason = issue.message.replace(/^Invalid (input|option): /, '');
    return [
      {
        path,
        part: 'value' as const,
        reason: valueAt(data, path) === undefined ? `missing, ${reason.replace(/, received undefined$/, '')}` : reason,
      },
    ];
  });
}

function depth(issues: readonly z.core.$ZodIssue[]): number {
  return Math.max(0, ...issues.map((i) => i.path.length));
}

function valueAt(data: unknown, path: readonly Segment[]): unknown {
  return path.reduce<unknown>(
    (node, key) => (node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[key] : undefined),
    data,
  );
}
